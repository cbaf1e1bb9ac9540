import type { PlaygroundSpec } from '../shared/spec';

/** Fields that can change on a live run without rebuilding it. */
export function sameRunShape(a: PlaygroundSpec, b: PlaygroundSpec): boolean {
  // The picture axes of a table only change what the pictures show, not what is trained.
  const strip = (spec: PlaygroundSpec) => ({
    ...spec,
    data: { ...spec.data, table: spec.data.table && { ...spec.data.table, axes: [] } },
    training: { ...spec.training, learningRate: 0, epochs: 0 },
  });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
