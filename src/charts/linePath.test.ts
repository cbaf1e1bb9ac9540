import { describe, expect, it } from 'vitest';
import { linePath } from './linePath';

describe('linePath', () => {
  // The expected strings are what d3-shape 3's line() returns for the same input.
  it('moves to the first point and draws lines to the rest', () => {
    expect(linePath([1, 2, 3], (_, i) => i * 10, (v) => v / 2)).toBe('M0,0.5L10,1L20,1.5');
  });

  it('closes a single point, so that a round cap draws it as a dot', () => {
    expect(linePath([{ a: 3, b: 4 }], (p) => p.a, (p) => p.b)).toBe('M3,4Z');
  });

  it('is empty without points', () => {
    expect(linePath([], () => 0, () => 0)).toBe('');
  });

  it('rounds to thousandths', () => {
    expect(linePath([1e-7, 123456789.123, Number.NaN, 1 / 3], (_, i) => i * 0.1, (v) => v)).toBe('M0,0L0.1,123456789.123L0.2,NaNL0.3,0.333');
  });

  it('reads typed arrays', () => {
    expect(linePath(new Float32Array([0.5, -1]), (_, i) => i, (v) => v)).toBe('M0,0.5L1,-1');
  });
});
