import { colorOf } from '../../charts/colorScale';
import type { DiagramLink } from './networkLinks';

export interface StrokeGroup {
  color: string;
  width: number;
  links: DiagramLink[];
}

/** A projector washes thin lines out: presentation mode draws every link thicker. */
function strokeWidth(weight: number, presentation: boolean): number {
  const width = Math.max(0.6, Math.min(6, Math.abs(weight) * 3));
  return presentation ? Math.min(9, width * 1.6 + 0.6) : width;
}

/**
 * Links that look alike (one colour of the shared table, widths to a tenth of a pixel) in one group,
 * so the canvas strokes one path per group: thousands of links were thousands of strokes per redraw.
 * Thin groups come first, so the strong links are drawn on top of the weak ones.
 */
export function strokeGroups(links: DiagramLink[], presentation: boolean): StrokeGroup[] {
  const groups = new Map<string, StrokeGroup>();
  for (const link of links) {
    const magnitude = Math.min(1, Math.abs(link.weight));
    const color = link.identity ? '#9aa3ad' : colorOf(Math.sign(link.weight) * (0.35 + 0.65 * magnitude));
    const width = Math.round((link.identity ? (presentation ? 2 : 1) : strokeWidth(link.weight, presentation)) * 10) / 10;
    const key = `${color}|${width}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { color, width, links: [] }));
    group.links.push(link);
  }
  return [...groups.values()].sort((a, b) => a.width - b.width);
}
