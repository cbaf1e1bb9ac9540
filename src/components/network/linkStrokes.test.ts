import { describe, expect, it } from 'vitest';
import { colorOf } from '../../charts/colorScale';
import type { DiagramLink } from './networkLinks';
import { strokeGroups } from './linkStrokes';

const link = (weight: number, identity = false): DiagramLink => ({ x1: 0, y1: 0, x2: 1, y2: 1, weight, identity, from: 'a', to: 'b', ref: null });

describe('link stroke groups', () => {
  it('puts alike links in one group and draws strong links last', () => {
    const groups = strokeGroups([link(1.5), link(0.1), link(1.5), link(-0.1), link(0, true)], false);
    expect(groups.map((g) => g.links.length).reduce((a, b) => a + b)).toBe(5);
    expect(groups.find((g) => g.width === 4.5)?.links).toHaveLength(2);
    expect(groups.at(-1)!.width).toBe(4.5);
    expect(groups.at(-1)!.color).toBe(colorOf(1));
    // Opposite signs never share a colour.
    const thin = groups.filter((g) => g.width === 0.6);
    expect(new Set(thin.map((g) => g.color)).size).toBe(thin.length);
    expect(groups.find((g) => g.color === '#9aa3ad')?.width).toBe(1);
  });

  it('draws every link thicker in presentation mode', () => {
    expect(strokeGroups([link(1)], true)[0].width).toBeGreaterThan(strokeGroups([link(1)], false)[0].width);
  });
});
