import { describe, expect, it } from 'vitest';
import { classCountOf, GENERATED_DATASETS, problemTypeOf } from '../shared/spec';
import { generatePoints } from './datasets';
import { buildSplitData } from './playgroundData';

describe('datasets', () => {
  for (const name of GENERATED_DATASETS) {
    it(`${name}: same seed gives the same points, another seed other points`, () => {
      const a = generatePoints(name, 200, 10, 3);
      expect(generatePoints(name, 200, 10, 3)).toEqual(a);
      expect(generatePoints(name, 200, 10, 4).x1).not.toEqual(a.x1);
      expect(a.labels.length).toBe(200);
      expect(Array.from(a.x1).every(Number.isFinite)).toBe(true);
      if (problemTypeOf({ dataset: name, table: null }) === 'classification') {
        expect(new Set(a.labels)).toEqual(new Set(Array.from({ length: classCountOf({ dataset: name, table: null }) }, (_, k) => k)));
      } else {
        expect(Math.max(...a.labels)).toBeLessThanOrEqual(1);
        expect(Math.min(...a.labels)).toBeGreaterThanOrEqual(-1);
      }
    });
  }

  it('circle labels points inside the inner ring +1 when there is no noise', () => {
    const set = generatePoints('circle', 300, 0, 1);
    set.labels.forEach((label, i) => expect(label).toBe(Math.hypot(set.x1[i], set.x2[i]) < 2.5 ? 1 : 0));
  });

  it('splits by the training ratio, every point in exactly one part', () => {
    const split = buildSplitData({ dataset: 'xor', noise: 0, trainPercent: 30, numPoints: 400, dataSeed: 9, table: null, window: 12 });
    expect(split.train.labels.length).toBe(120);
    expect(split.test.labels.length).toBe(280);
    const all = generatePoints('xor', 400, 0, 9);
    const key = (x: number, y: number) => `${x},${y}`;
    const seen = new Set([...split.train.x1].map((x, i) => key(x, split.train.x2[i])).concat([...split.test.x1].map((x, i) => key(x, split.test.x2[i]))));
    expect(seen.size).toBe(400);
    expect([...all.x1].every((x, i) => seen.has(key(x, all.x2[i])))).toBe(true);
  });
});
