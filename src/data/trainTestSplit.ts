import { createRandom, shuffleInPlace } from '../shared/random';
import type { PointSet } from './datasets';

export interface SplitData {
  train: PointSet;
  test: PointSet;
}

function subset(set: PointSet, indices: ArrayLike<number>): PointSet {
  const pick = (source: Float32Array) => Float32Array.from({ length: indices.length }, (_, i) => source[indices[i]]);
  return { x1: pick(set.x1), x2: pick(set.x2), labels: pick(set.labels) };
}

/** Shuffles with its own seed and cuts at trainPercent; every point lands in exactly one part. */
export function trainTestSplit(set: PointSet, trainPercent: number, seed: number): SplitData {
  const order = Uint32Array.from({ length: set.labels.length }, (_, i) => i);
  shuffleInPlace(order, createRandom(seed ^ 0x5bd1e995));
  const trainCount = Math.round((set.labels.length * trainPercent) / 100);
  return { train: subset(set, order.subarray(0, trainCount)), test: subset(set, order.subarray(trainCount)) };
}
