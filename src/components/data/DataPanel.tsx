import { useRef, useState } from 'react';
import { DATASET_LABELS } from '../../shared/displayNames';
import { buildSplitData } from '../../data/playgroundData';
import { loadIris } from '../../engineClient/tableLoading';
import { GENERATED_DATASETS, IMAGE_DATASETS, isImageDataset, isSequenceDataset, isTableDataset, SEQUENCE_DATASETS, LIMITS, trainingPointsOf, type DataSpec, type DatasetName } from '../../shared/spec';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { optionsOf } from '../controls/labels';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { SequenceFields } from './SequenceFields';
import { SliderField } from '../controls/SliderField';
import { UploadControl } from './UploadControl';
import { useControl } from '../classroom/useControl';

function downloadText(text: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function downloadDataset(data: DataSpec): void {
  const { dataset } = data;
  if (isSequenceDataset(dataset)) {
    // Sequences are made from the spec here exactly as the worker makes them; the code loads on first use.
    void import('../../data/csv/sequenceCsv').then(({ sequenceDataToCsv }) =>
      downloadText(sequenceDataToCsv(data, dataset), `${dataset}-window-${data.window}-seed-${data.dataSeed}.csv`),
    );
    return;
  }
  if (data.dataset === 'iris') {
    void fetch(`${import.meta.env.BASE_URL}iris.csv`)
      .then((response) => response.text())
      .then((text) => downloadText(text, 'iris.csv'));
    return;
  }
  // The CSV writer (papaparse) is loaded on the first download rather than with the page.
  void import('../../data/csv/datasetCsv').then(({ splitDataToCsv }) =>
    downloadText(splitDataToCsv(buildSplitData(data)), `${data.dataset}-${data.numPoints}-points-seed-${data.dataSeed}.csv`),
  );
}

/**
 * The Dataset menu's choices. With image sets kept out by a teacher's link (hidden or locked), a page
 * on points offers none, and a page on an image set offers only that one: the set cannot change.
 */
function datasetChoices(current: DatasetName, imageSetsKeptOut: boolean): DatasetName[] {
  if (imageSetsKeptOut && isImageDataset(current)) return [current];
  const imageSets = imageSetsKeptOut ? [] : IMAGE_DATASETS;
  return [...GENERATED_DATASETS, 'iris', ...imageSets, ...SEQUENCE_DATASETS, ...(current === 'upload' ? (['upload'] as const) : [])];
}

export function DataPanel() {
  const { data } = usePlayground(selectSpec);
  const tableRows = usePlayground((s) => s.tableData?.rows ?? 0);
  const setData = usePlayground((s) => s.setData);
  const regenerate = usePlayground((s) => s.regenerateData);
  const regenerateControl = useControl('regenerate');
  const uploadControl = useControl('upload');
  const table = isTableDataset(data.dataset);
  const images = isImageDataset(data.dataset);
  const sequences = isSequenceDataset(data.dataset);
  const preview = usePlayground((s) => s.dataPreview);
  const imageSetsControl = useControl('imageSets');
  const choices = datasetChoices(data.dataset, imageSetsControl.hidden || imageSetsControl.locked);
  const total = table ? tableRows : data.numPoints;
  const training = table ? Math.round((tableRows * data.trainPercent) / 100) : trainingPointsOf(data);
  // The Iris table is read before the spec changes; meanwhile the choice shows as made, and says so.
  // Counted, so that only the latest choice ends the "reading" state.
  const [loadingIris, setLoadingIris] = useState(false);
  const latestChoice = useRef(0);
  const choose = (dataset: DatasetName) => {
    const choice = ++latestChoice.current;
    if (dataset !== 'iris') {
      // A choice made while Iris loads wins: the table will not switch the page back (datasetWatch).
      setLoadingIris(false);
      return setData('dataset', dataset);
    }
    setLoadingIris(true);
    void loadIris().finally(() => choice === latestChoice.current && setLoadingIris(false));
  };
  return (
    <section className="panel data-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <SelectField label="Dataset" control="dataset" value={loadingIris ? 'iris' : data.dataset} options={optionsOf(DATASET_LABELS, choices)} onChange={choose} />
      {loadingIris && (
        <p className="hint" role="status">
          Reading the Iris table…
        </p>
      )}
      {table && data.table && (
        <p className="hint">
          {data.table.fileName}: {data.table.inputs.length} inputs, target “{data.table.target}”{data.table.standardize ? ', standardized' : ''}.
        </p>
      )}
      {images && (
        <p className="hint" data-testid="image-split">
          {preview?.kind === 'images'
            ? `${preview.width}×${preview.height} grey images, 10 classes. Fixed split: ${preview.trainCount.toLocaleString('en-US')} training images, ${preview.testCount.toLocaleString('en-US')} test images.`
            : 'Reading the images…'}
        </p>
      )}
      {sequences && <SequenceFields data={data} />}
      {!table && !images && !sequences && (
        <>
          <SliderField label="Noise" control="noise" value={data.noise} min={LIMITS.noise.min} max={LIMITS.noise.max} onChange={(v) => setData('noise', v)} />
          <NumberField
            label="Number of points"
            control="numPoints"
            value={data.numPoints}
            min={LIMITS.numPoints.min}
            max={LIMITS.numPoints.max}
            integer
            onCommit={(v) => setData('numPoints', v!)}
          />
        </>
      )}
      {!images && (
      <>
      <SliderField
        label="Training ratio"
        control="trainRatio"
        value={data.trainPercent}
        min={LIMITS.trainPercent.min}
        max={LIMITS.trainPercent.max}
        unit="%"
        onChange={(v) => setData('trainPercent', v)}
      />
      <div className="button-row">
        {!regenerateControl.hidden && (
          <button type="button" onClick={regenerate} disabled={regenerateControl.locked} title={regenerateControl.lockReason ?? 'New random points, or a new split of the table'}>
            Regenerate
          </button>
        )}
        {data.dataset !== 'upload' && (
          <button type="button" onClick={() => downloadDataset(data)}>
            Download data as CSV
          </button>
        )}
      </div>
      {!sequences && (
        <p className="hint">
          {training} training points, {total - training} test points.
        </p>
      )}
      </>
      )}
      {!uploadControl.hidden && <UploadControl />}
    </section>
  );
}
