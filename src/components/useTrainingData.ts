import { useMemo } from 'react';
import { buildTrainingData, type TrainingData } from '../data/trainingData';
import { selectSpec } from '../store/selectors';
import { usePlayground } from '../store/store';

/** The rows and picture plane the worker trains on, rebuilt only when the data or features change. */
export function useTrainingData(): TrainingData | null {
  const spec = usePlayground(selectSpec);
  const table = usePlayground((s) => s.tableData);
  const { data, network } = spec;
  const { features } = network;
  return useMemo(() => buildTrainingData({ data, network: { ...network, features } }, table), [data, features, table]); // eslint-disable-line react-hooks/exhaustive-deps
}
