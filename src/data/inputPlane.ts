import { assertNever } from '../shared/assertNever';
import type { InputPlane } from '../shared/dataContract';
import { featureMatrix } from './features';

/**
 * Network inputs (count × width, row-major) for points (u, v) of the picture plane. Plain data in,
 * so the worker's pictures and the page's input pictures are computed the same way on each side.
 */
export function planeInputsAt(plane: InputPlane, u: Float32Array, v: Float32Array): Float32Array {
  const { inputs } = plane;
  switch (inputs.kind) {
    case 'features':
      return featureMatrix(u, v, inputs.features);
    case 'columns': {
      const { means } = inputs;
      const [a, b] = inputs.axisColumns;
      const width = means.length;
      const x = new Float32Array(u.length * width);
      for (let i = 0; i < u.length; i++) {
        x.set(means, i * width);
        x[i * width + a] = u[i];
        if (b !== null) x[i * width + b] = v[i];
      }
      return x;
    }
    default:
      return assertNever(inputs);
  }
}

/** size×size points over the plane, row 0 at the top (largest v). */
export function gridOver(ranges: InputPlane['ranges'], size: number): { u: Float32Array; v: Float32Array } {
  const [[u0, u1], [v0, v1]] = ranges;
  const u = new Float32Array(size * size);
  const v = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      u[row * size + col] = u0 + ((u1 - u0) * col) / (size - 1);
      v[row * size + col] = v1 - ((v1 - v0) * row) / (size - 1);
    }
  }
  return { u, v };
}
