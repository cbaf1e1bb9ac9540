import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from '../../shared/defaults';
import type { DatasetName } from '../../shared/spec';
import { classNameOf } from './classNames';

const dataOf = (dataset: DatasetName) => ({ ...cloneSpec(DEFAULT_SPEC).data, dataset });

describe('class names', () => {
  it('names digits by their number, the memory task by its cue and characters by themselves', () => {
    expect([0, 7].map((k) => classNameOf(dataOf('mnist'), k))).toEqual(['0', '7']);
    expect([0, 1].map((k) => classNameOf(dataOf('memory'), k))).toEqual(['A first', 'B first']);
    expect([0, 1, 4, 29].map((k) => classNameOf(dataOf('characters'), k))).toEqual(['↵', '␣', 'a', 'z']);
  });

  it('keeps a table\'s own labels and "class k" for generated points', () => {
    expect(classNameOf({ ...dataOf('spiral3'), table: { classNames: ['setosa', 'virginica'] } as never }, 1)).toBe('virginica');
    expect(classNameOf(dataOf('spiral3'), 2)).toBe('class 2');
  });
});
