import { FEATURE_LABELS } from '../shared/displayNames';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import { IMAGE_SHAPES, isImageDataset, isTableDataset, type PlaygroundSpec } from '../shared/spec';
import { chartPoints } from './lossHistory';
import type { PlaygroundState } from './store';

/** What the network reads: the image, scaled as the trainer scales it, or the named inputs. */
function inputsOf(spec: PlaygroundSpec, table: PlaygroundSpec['data']['table']): PlaygroundModelMetadata['inputs'] {
  const dataset = spec.data.dataset;
  if (isImageDataset(dataset)) {
    return [{ name: 'image', transform: `grey levels 0–255 divided by 255, shaped [${IMAGE_SHAPES[dataset].join(', ')}] (height, width, channels); ink is high, background 0` }];
  }
  return table ? table.inputs.map((name) => ({ name, transform: null })) : spec.network.features.map((feature) => ({ name: feature, transform: FEATURE_LABELS[feature] }));
}

/** Everything someone needs to use the exported model without the playground. */
export function exportMetadata(state: PlaygroundState): PlaygroundModelMetadata {
  const { spec, tableData, history } = state;
  const table = isTableDataset(spec.data.dataset) ? spec.data.table : null;
  return {
    version: 1,
    spec,
    inputs: inputsOf(spec, table),
    standardization: table ? (tableData?.standardization ?? null) : null,
    classNames: table ? table.classNames : isImageDataset(spec.data.dataset) ? Array.from({ length: 10 }, (_, digit) => String(digit)) : null,
    finalLosses: history.latest,
    lossHistory: chartPoints(history),
    exportedAt: new Date().toISOString(),
  };
}
