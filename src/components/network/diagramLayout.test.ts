import { describe, expect, it } from 'vitest';
import { columnBox, diagramLayout, nearestLink, type Link } from './diagramLayout';

describe('diagram layout', () => {
  it('places one picture per neuron and keeps 64-unit layers inside the drawing', () => {
    const layout = diagramLayout([7, 64, 2, 1]);
    expect(layout.columns.map((c) => c.length)).toEqual([7, 64, 2, 1]);
    const bottom = Math.max(...layout.columns.flat().map((p) => p.y + layout.neuronSize));
    expect(bottom).toBeLessThanOrEqual(layout.height);
    expect(layout.neuronSize).toBeLessThan(diagramLayout([2, 4, 1]).neuronSize);
  });

  it('finds the link under the pointer and nothing far from every link', () => {
    const links: Link[] = [
      { x1: 0, y1: 0, x2: 100, y2: 0, weight: 1, from: 'a', to: 'b' },
      { x1: 0, y1: 50, x2: 100, y2: 50, weight: -1, from: 'c', to: 'd' },
    ];
    expect(nearestLink(links, 50, 2)?.from).toBe('a');
    expect(nearestLink(links, 50, 48)?.from).toBe('c');
    expect(nearestLink(links, 50, 25)).toBeNull();
  });
});

describe('diagram layout in presentation mode', () => {
  it('has wider columns, a taller header and larger pictures, with every picture still inside', () => {
    const normal = diagramLayout([7, 8, 4, 1]);
    const roomy = diagramLayout([7, 8, 4, 1], true);
    expect(roomy.columnWidth).toBeGreaterThan(normal.columnWidth);
    expect(roomy.headerHeight).toBeGreaterThan(normal.headerHeight);
    expect(roomy.neuronSize).toBeGreaterThan(normal.neuronSize);
    for (const [c, column] of roomy.columns.entries()) {
      for (const p of column) {
        expect(p.y).toBeGreaterThanOrEqual(roomy.headerHeight);
        expect(p.x + roomy.neuronSize).toBeLessThanOrEqual((c + 1) * roomy.columnWidth);
        expect(p.y + roomy.neuronSize).toBeLessThanOrEqual(roomy.height);
      }
    }
  });
});

describe('diagram layout in the width the panel has', () => {
  const sixDeep = [7, 2, 2, 2, 2, 2, 2, 1];
  it('narrows the layer columns so that six hidden layers fit the panel at 1366 px', () => {
    const layout = diagramLayout(sixDeep, false, 770);
    expect(layout.width).toBeLessThanOrEqual(770);
    expect(layout.inputColumnWidth).toBe(diagramLayout(sixDeep).inputColumnWidth);
    for (const [c, column] of layout.columns.entries()) {
      const { left, width } = columnBox(layout, c);
      for (const p of column) {
        expect(p.x).toBeGreaterThanOrEqual(left);
        expect(p.x + layout.neuronSize).toBeLessThanOrEqual(left + width);
      }
    }
  });

  it('keeps the natural width when there is room, and a minimum (then the panel scrolls) when there is not', () => {
    expect(diagramLayout([7, 4, 2, 1], false, 2000).columnWidth).toBe(diagramLayout([7, 4, 2, 1]).columnWidth);
    const tenDeep = diagramLayout([7, ...Array(10).fill(2), 1], false, 770);
    expect(tenDeep.columnWidth).toBeGreaterThanOrEqual(90);
    expect(tenDeep.width).toBeGreaterThan(770);
    expect(diagramLayout([7, ...Array(10).fill(2), 1], true, 770).columnWidth).toBeGreaterThan(tenDeep.columnWidth);
  });
});
