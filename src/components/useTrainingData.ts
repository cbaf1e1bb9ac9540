import { buildTrainingData, type TrainingData } from '../data/trainingData';
import type { TableDataset } from '../data/csv/tableDataset';
import type { DataSpec, FeatureName } from '../shared/spec';
import { selectSpec } from '../store/selectors';
import { usePlayground } from '../store/store';

// Several components draw from the same rows; they share one build per change of data, features or table.
let last: { data: DataSpec; features: FeatureName[]; table: TableDataset | null; result: TrainingData | null } | null = null;

function trainingDataFor(data: DataSpec, features: FeatureName[], table: TableDataset | null): TrainingData | null {
  if (!last || last.data !== data || last.features !== features || last.table !== table) {
    last = { data, features, table, result: buildTrainingData({ data, network: { ...usePlayground.getState().spec.network, features } }, table) };
  }
  return last.result;
}

/** The rows and picture plane the worker trains on, rebuilt only when the data or features change. */
export function useTrainingData(): TrainingData | null {
  const data = usePlayground((s) => selectSpec(s).data);
  const features = usePlayground((s) => selectSpec(s).network.features);
  const table = usePlayground((s) => s.tableData);
  return trainingDataFor(data, features, table);
}
