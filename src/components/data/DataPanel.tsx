import { DATASET_LABELS } from '../../data/datasets';
import { splitDataToCsv } from '../../data/csv/datasetCsv';
import { buildSplitData } from '../../data/playgroundData';
import { DATASET_NAMES, LIMITS, type DataSpec } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { optionsOf } from '../controls/labels';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { SliderField } from '../controls/SliderField';

function downloadDataset(data: DataSpec): void {
  const csv = splitDataToCsv(buildSplitData(data));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  link.download = `${data.dataset}-${data.numPoints}-points-seed-${data.dataSeed}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function DataPanel() {
  const { data } = usePlayground(selectSpec);
  const setData = usePlayground((s) => s.setData);
  const regenerate = usePlayground((s) => s.regenerateData);
  return (
    <section className="panel data-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <SelectField label="Dataset" value={data.dataset} options={optionsOf(DATASET_LABELS, DATASET_NAMES)} onChange={(v) => setData('dataset', v)} />
      <SliderField label="Noise" value={data.noise} min={LIMITS.noise.min} max={LIMITS.noise.max} onChange={(v) => setData('noise', v)} />
      <SliderField
        label="Training ratio"
        value={data.trainPercent}
        min={LIMITS.trainPercent.min}
        max={LIMITS.trainPercent.max}
        unit="%"
        onChange={(v) => setData('trainPercent', v)}
      />
      <NumberField
        label="Number of points"
        value={data.numPoints}
        min={LIMITS.numPoints.min}
        max={LIMITS.numPoints.max}
        integer
        onCommit={(v) => setData('numPoints', v!)}
      />
      <div className="button-row">
        <button type="button" onClick={regenerate}>
          Regenerate
        </button>
        <button type="button" onClick={() => downloadDataset(data)}>
          Download data as CSV
        </button>
      </div>
      <p className="hint">
        {Math.round((data.numPoints * data.trainPercent) / 100)} training points, {data.numPoints - Math.round((data.numPoints * data.trainPercent) / 100)} test points.
      </p>
    </section>
  );
}
