import { FEATURE_LABELS } from '../shared/displayNames';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import { isTableDataset } from '../shared/spec';
import { chartPoints } from './lossHistory';
import type { PlaygroundState } from './store';

/** Everything someone needs to use the exported model without the playground. */
export function exportMetadata(state: PlaygroundState): PlaygroundModelMetadata {
  const { spec, tableData, history } = state;
  const table = isTableDataset(spec.data.dataset) ? spec.data.table : null;
  return {
    version: 1,
    spec,
    inputs: table
      ? table.inputs.map((name) => ({ name, transform: null }))
      : spec.network.features.map((feature) => ({ name: feature, transform: FEATURE_LABELS[feature] })),
    standardization: table ? (tableData?.standardization ?? null) : null,
    classNames: table ? table.classNames : null,
    finalLosses: history.latest,
    lossHistory: chartPoints(history),
    exportedAt: new Date().toISOString(),
  };
}
