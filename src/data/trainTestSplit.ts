import { createRandom, shuffleInPlace } from '../shared/random';
import { trainCount } from '../shared/trainCount';
import type { PointSet } from './datasets';

export interface SplitData {
  train: PointSet;
  test: PointSet;
}

function subset(set: PointSet, indices: ArrayLike<number>): PointSet {
  const pick = (source: Float32Array) => Float32Array.from({ length: indices.length }, (_, i) => source[indices[i]]);
  return { x1: pick(set.x1), x2: pick(set.x2), labels: pick(set.labels) };
}

/** Row indices shuffled with their own seed and cut at trainPercent: every row in exactly one part. */
export function splitIndices(count: number, trainPercent: number, seed: number): { train: Uint32Array; test: Uint32Array } {
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  shuffleInPlace(order, createRandom(seed ^ 0x5bd1e995));
  const cut = trainCount(count, trainPercent);
  return { train: order.subarray(0, cut), test: order.subarray(cut) };
}

export function trainTestSplit(set: PointSet, trainPercent: number, seed: number): SplitData {
  const { train, test } = splitIndices(set.labels.length, trainPercent, seed);
  return { train: subset(set, train), test: subset(set, test) };
}
