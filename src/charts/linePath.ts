/** Thousandths of a pixel, as d3-shape rounds: finer would only lengthen the DOM's strings. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The SVG path through the points, "Mx,yLx,y…", exactly as d3-shape's `line()` draws it with its
 * default linear curve and rounding (one point gives "Mx,yZ", which a round line cap shows as a dot).
 *
 * Not d3-shape itself: it ships as one prebuilt file whose curve factories are built at load time,
 * so bundlers keep them all even when only `line` is imported; with d3-path that was ~3 kB gzipped of
 * the page's main bundle for these few lines.
 */
export function linePath<T>(points: ArrayLike<T>, x: (point: T, index: number) => number, y: (point: T, index: number) => number): string {
  let path = '';
  for (let i = 0; i < points.length; i++) path += `${i === 0 ? 'M' : 'L'}${round(x(points[i], i))},${round(y(points[i], i))}`;
  return points.length === 1 ? `${path}Z` : path;
}
