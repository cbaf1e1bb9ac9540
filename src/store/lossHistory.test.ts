import { describe, expect, it } from 'vitest';
import { appendLosses, chartPoints, EMPTY_HISTORY } from './lossHistory';

const epochs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ epoch: from + i, train: 1 / (from + i), test: 2 / (from + i), trainAccuracy: null, testAccuracy: null }));

describe('loss history', () => {
  it('keeps every epoch while short', () => {
    const history = appendLosses(EMPTY_HISTORY, epochs(1, 10), 100);
    expect(history.points.map((p) => p.epoch)).toEqual(epochs(1, 10).map((p) => p.epoch));
    expect(history.latest?.epoch).toBe(10);
  });

  it('stays bounded over a very long run and keeps the real values of the epochs it keeps', () => {
    let history = EMPTY_HISTORY;
    for (let start = 1; start <= 100_000; start += 1000) history = appendLosses(history, epochs(start, start + 999), 500);
    expect(history.points.length).toBeLessThanOrEqual(500);
    expect(history.points.length).toBeGreaterThan(200);
    for (const p of history.points) expect(p.train).toBe(1 / p.epoch);
    expect(chartPoints(history).at(-1)?.epoch).toBe(100_000);
  });

  it('returns the same history when nothing is added', () => {
    expect(appendLosses(EMPTY_HISTORY, [])).toBe(EMPTY_HISTORY);
  });
});
