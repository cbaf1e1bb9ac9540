import { describe, expect, it } from 'vitest';
import { lossHistoryCsv } from './lossHistoryCsv';

describe('lossHistoryCsv', () => {
  it('writes one row per kept epoch plus the newest, accuracies empty for regression', () => {
    const point = (epoch: number, accuracy: number | null) => ({ epoch, train: 1 / epoch, test: 2 / epoch, trainAccuracy: accuracy, testAccuracy: accuracy });
    const csv = lossHistoryCsv({ stride: 2, points: [point(2, 0.5), point(4, 0.75)], latest: point(5, null) });
    expect(csv.split('\n')).toEqual([
      'epoch,training loss,test loss,training accuracy,test accuracy',
      '2,0.5,1,0.5,0.5',
      '4,0.25,0.5,0.75,0.75',
      '5,0.2,0.4,,',
    ]);
  });
});
