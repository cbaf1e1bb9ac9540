import type { DiagramLayout, Link } from './diagramLayout';

/** The floating editor's width (weightEditor.css: 15.5rem) with a little room. */
export const LINK_EDITOR_WIDTH = 250;
const GAP = 10;

/**
 * Where the editor for a clicked link floats: just below the link's lower end, so that the link
 * and the neurons it joins stay in view as they change — or just above its upper end when below
 * would run past the diagram (a phone's diagram panel cuts off whatever overflows, Done included).
 */
export function linkEditorPlacement(link: Link, layout: DiagramLayout, editorHeight: number): { left: number; top: number } {
  const left = Math.max(0, Math.min(link.x1 - 20, layout.width - LINK_EDITOR_WIDTH));
  const half = layout.neuronSize / 2;
  const below = Math.max(link.y1, link.y2) + half + GAP;
  if (below + editorHeight <= layout.height) return { left, top: below };
  const above = Math.min(link.y1, link.y2) - half - GAP - editorHeight;
  // Neither fits (a diagram shorter than the editor): keep the whole editor inside it from the top.
  return { left, top: above >= 0 ? above : Math.max(0, Math.min(below, layout.height - editorHeight)) };
}
