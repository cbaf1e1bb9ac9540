import type { DataSpec } from '../shared/spec';
import { generatePoints } from './datasets';
import { trainTestSplit, type SplitData } from './trainTestSplit';

/** The one way both sides turn a data spec into points, so the UI draws exactly what the worker trains on. */
export function buildSplitData(spec: DataSpec): SplitData {
  const points = generatePoints(spec.dataset, spec.numPoints, spec.noise, spec.dataSeed);
  return trainTestSplit(points, spec.trainPercent, spec.dataSeed);
}
