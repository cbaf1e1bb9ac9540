import { describe, expect, it } from 'vitest';
import { splitIndices } from '../data/trainTestSplit';
import { DEFAULT_SPEC } from './defaults';
import { trainingPointsOf } from './spec';
import { trainCount } from './trainCount';

describe('trainCount', () => {
  it('rounds the training share of the rows to the nearest whole row', () => {
    expect(trainCount(150, 70)).toBe(105);
    expect(trainCount(7, 50)).toBe(4);
    expect(trainCount(3, 10)).toBe(0);
    expect(trainCount(0, 80)).toBe(0);
    expect(trainCount(10, 100)).toBe(10);
  });

  it('is what the spec says and what the split cuts', () => {
    const data = { ...DEFAULT_SPEC.data, numPoints: 333, trainPercent: 45 };
    expect(trainingPointsOf(data)).toBe(trainCount(333, 45));
    expect(splitIndices(333, 45, 1).train.length).toBe(trainCount(333, 45));
  });
});
