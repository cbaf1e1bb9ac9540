import { describe, expect, it } from 'vitest';
import { importedLossHistory } from './importedHistory';

const point = (epoch: number, train: number | null = 0.5) => ({ epoch, train, test: 0.6, trainAccuracy: 0.8, testAccuracy: null });

describe('the loss history of an imported model', () => {
  it('keeps well-formed points in rising order up to the final epoch; null losses become NaN', () => {
    const history = importedLossHistory([point(0), point(2, null), point(1), point(4), point(9)], 5);
    expect(history.map((p) => p.epoch)).toEqual([0, 2, 4]);
    expect(history[1].train).toBeNaN();
    expect(history[0]).toEqual({ epoch: 0, train: 0.5, test: 0.6, trainAccuracy: 0.8, testAccuracy: null });
  });

  it('drops what is not a history at all', () => {
    expect(importedLossHistory(undefined, 3)).toEqual([]);
    expect(importedLossHistory('many', 3)).toEqual([]);
    expect(importedLossHistory([{ epoch: -1, train: 1, test: 1 }, { epoch: 1.5, train: 1, test: 1 }, { epoch: 1, train: 'x', test: 1 }], null)).toEqual([]);
    expect(importedLossHistory(Array.from({ length: 6000 }, (_, i) => point(i)), null)).toEqual([]);
  });
});
