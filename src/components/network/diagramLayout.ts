/** Pixel positions of every neuron picture in the network diagram; pure, so it is easy to test. */
export interface DiagramLayout {
  neuronSize: number;
  /** Width of each hidden and output column; the input column keeps its own (checkbox, name, picture). */
  columnWidth: number;
  inputColumnWidth: number;
  headerHeight: number;
  width: number;
  height: number;
  /** Top-left corner of each neuron's picture, per column. */
  columns: Array<Array<{ x: number; y: number }>>;
}

export const HEADER_HEIGHT = 136;
const COLUMN_WIDTH = 112;
/**
 * Presentation mode's larger text needs wider columns and a taller header (the output's hint runs
 * to three lines), and its pictures grow by the same ratio so that a projector shows them.
 */
const ROOMY = { headerHeight: 180, columnWidth: 124, pictureScale: 1.2 };
/**
 * The narrowest a layer's column gets to fit the panel (a layer's title, remove button, units and
 * activation still fit); below it the panel scrolls sideways. Six hidden layers fit at 1366 px.
 */
const MIN_COLUMN_WIDTH = 90;
const MIN_ROOMY_COLUMN_WIDTH = 98;
const GAP_RATIO = 0.35;
const MAX_CENTRING_OFFSET = 150;

/** Pictures shrink as layers get wider so that a 64-unit layer stays usable (the panel scrolls). */
export function neuronSizeFor(maxUnits: number): number {
  if (maxUnits <= 8) return 40;
  if (maxUnits <= 16) return 28;
  if (maxUnits <= 32) return 20;
  return 14;
}

/** Width of the hidden and output columns: the natural width, narrowed to fit `availableWidth` if it can. */
function columnWidthFor(columnCount: number, roomy: boolean, availableWidth: number): number {
  const natural = roomy ? ROOMY.columnWidth : COLUMN_WIDTH;
  if (!(availableWidth > 0) || columnCount < 2) return natural;
  const fitting = Math.floor((availableWidth - natural) / (columnCount - 1));
  return Math.max(roomy ? MIN_ROOMY_COLUMN_WIDTH : MIN_COLUMN_WIDTH, Math.min(natural, fitting));
}

/** Left edge and width of column `c` (0 is the inputs). */
export function columnBox(layout: DiagramLayout, c: number): { left: number; width: number } {
  if (c === 0) return { left: 0, width: layout.inputColumnWidth };
  return { left: layout.inputColumnWidth + (c - 1) * layout.columnWidth, width: layout.columnWidth };
}

/** `availableWidth`: the panel's inner width, when known; the columns narrow to fit it, down to a minimum. */
export function diagramLayout(columnSizes: number[], roomy = false, availableWidth = 0): DiagramLayout {
  const headerHeight = roomy ? ROOMY.headerHeight : HEADER_HEIGHT;
  const inputColumnWidth = roomy ? ROOMY.columnWidth : COLUMN_WIDTH;
  const columnWidth = columnWidthFor(columnSizes.length, roomy, availableWidth);
  const maxUnits = Math.max(1, ...columnSizes);
  const neuronSize = Math.round(neuronSizeFor(maxUnits) * (roomy ? ROOMY.pictureScale : 1));
  const pitch = Math.round(neuronSize * (1 + GAP_RATIO));
  const columnsHeight = maxUnits * pitch;
  const columns = columnSizes.map((count, c) => {
    // Centre shorter columns against the tallest, as a learner expects of a network drawing, but
    // not so far down that the inputs of a very wide network fall out of view.
    const offset = headerHeight + Math.min((columnsHeight - count * pitch) / 2, MAX_CENTRING_OFFSET);
    // Input pictures sit at the right of their column, leaving room for the checkbox and name.
    const x = c === 0 ? inputColumnWidth - neuronSize - 6 : inputColumnWidth + (c - 1) * columnWidth + (columnWidth - neuronSize) / 2;
    return Array.from({ length: count }, (_, i) => ({ x, y: offset + i * pitch }));
  });
  return {
    neuronSize,
    columnWidth,
    inputColumnWidth,
    headerHeight,
    width: inputColumnWidth + (columnSizes.length - 1) * columnWidth,
    height: headerHeight + columnsHeight + 26,
    columns,
  };
}

export interface Link {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  weight: number;
  /** A one-to-one connection without a weight (into dropout or batch normalization). */
  identity?: boolean;
  /** Human-readable ends, for the hover read-out. */
  from: string;
  to: string;
}

/** Squared distance from a point to a segment, for hover hit-testing of links. */
export function distanceToLinkSquared(link: Link, px: number, py: number): number {
  const dx = link.x2 - link.x1;
  const dy = link.y2 - link.y1;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - link.x1) * dx + (py - link.y1) * dy) / lengthSquared));
  const cx = link.x1 + t * dx - px;
  const cy = link.y1 + t * dy - py;
  return cx * cx + cy * cy;
}

export function nearestLink<L extends Link>(links: readonly L[], px: number, py: number, maxDistance = 5): L | null {
  let best: L | null = null;
  let bestDistance = maxDistance * maxDistance;
  for (const link of links) {
    const d = distanceToLinkSquared(link, px, py);
    if (d <= bestDistance) {
      best = link;
      bestDistance = d;
    }
  }
  return best;
}
