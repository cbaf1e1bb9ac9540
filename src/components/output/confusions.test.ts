import { describe, expect, it } from 'vitest';
import { largestConfusions } from './confusions';

describe('largest confusions', () => {
  // actual 0: 5 right, 2 read as 1, 1 as 2; actual 1: 3 as 0; actual 2: 2 as 1, 4 right.
  const counts = [5, 2, 1, 3, 6, 0, 0, 2, 4];

  it('lists off-diagonal cells, largest first, ties in reading order', () => {
    expect(largestConfusions(counts, 3, 3)).toEqual([
      { actual: 1, predicted: 0, count: 3 },
      { actual: 0, predicted: 1, count: 2 },
      { actual: 2, predicted: 1, count: 2 },
    ]);
    expect(largestConfusions(counts, 3, 10)).toHaveLength(4);
  });

  it('finds none in a perfect matrix', () => {
    expect(largestConfusions([4, 0, 0, 4], 2, 5)).toEqual([]);
  });
});
