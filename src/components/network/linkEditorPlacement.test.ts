import { describe, expect, it } from 'vitest';
import { diagramLayout } from './diagramLayout';
import { linkEditorPlacement } from './linkEditorPlacement';

const layout = diagramLayout([7, 6, 4, 1]);
const link = (y1: number, y2: number) => ({ x1: 100, y1, x2: 200, y2, weight: 1, from: 'a', to: 'b' });

describe('linkEditorPlacement', () => {
  it('puts the editor under the lower end of a link high in the diagram', () => {
    const { top } = linkEditorPlacement(link(150, 170), layout, 140);
    expect(top).toBe(170 + layout.neuronSize / 2 + 10);
  });

  it('flips it above a link from the lowest features, inside the diagram', () => {
    const lowest = layout.columns[0][6].y + layout.neuronSize / 2;
    const { top } = linkEditorPlacement(link(lowest, lowest - 40), layout, 140);
    expect(top + 140).toBeLessThanOrEqual(lowest - 40);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  it('keeps the editor inside the diagram sideways', () => {
    const { left } = linkEditorPlacement({ ...link(150, 170), x1: layout.width - 10 }, layout, 140);
    expect(left + 250).toBeLessThanOrEqual(layout.width);
  });
});
