import { isTableDataset, type DataSpec, type GeneratedDataset } from '../shared/spec';
import { generatePoints } from './datasets';
import { trainTestSplit, type SplitData } from './trainTestSplit';

/** The one way both sides turn a generated data spec into points, so the UI draws what the worker trains on. */
export function buildSplitData(spec: DataSpec): SplitData {
  if (isTableDataset(spec.dataset)) throw new Error(`${spec.dataset} is a table, not generated data`);
  const points = generatePoints(spec.dataset as GeneratedDataset, spec.numPoints, spec.noise, spec.dataSeed);
  return trainTestSplit(points, spec.trainPercent, spec.dataSeed);
}
