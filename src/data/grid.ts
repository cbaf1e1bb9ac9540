import { INPUT_DOMAIN } from './datasets';

/**
 * Points of a size×size grid over the input plane, row 0 at the top (largest x2), so that a
 * canvas painted row by row shows the plane the usual way up.
 */
export function planeGrid(size: number): { x1: Float32Array; x2: Float32Array } {
  const [lo, hi] = INPUT_DOMAIN;
  const x1 = new Float32Array(size * size);
  const x2 = new Float32Array(size * size);
  const step = (hi - lo) / (size - 1);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      x1[row * size + col] = lo + col * step;
      x2[row * size + col] = hi - row * step;
    }
  }
  return { x1, x2 };
}
