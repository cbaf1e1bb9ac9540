import { lazy, useState } from 'react';
import { exportModel } from '../../engineClient/connectEngine';
import { toBase64, WEIGHTS_FILE, type SingleFileModel } from '../../shared/modelExport';
import { usePlayground } from '../../store/store';
import { downloadBlob } from './downloads';
import { exportMetadata } from '../../store/exportMetadata';
import { DialogLoading } from '../layout/DialogLoading';
import { LazyPart } from '../layout/LazyPart';
import { errorMessage } from '../../shared/async';
import { exampleKindOf } from '../../shared/defaultStacks';

// The code generators are needed only once someone asks for the program: loaded on first opening.
const CodeDialog = lazy(() => import('./CodeDialog').then((module) => ({ default: module.CodeDialog })));

async function exportLossHistory(): Promise<void> {
  const { history } = usePlayground.getState();
  // papaparse (~7 kB gzipped) is loaded on the first export, not with the page; the service worker
  // precaches its chunk, so this works offline too.
  const { lossHistoryCsv } = await import('./lossHistoryCsv');
  const csv = lossHistoryCsv(history);
  // Long runs keep every k-th epoch (see lossHistory.ts); the file name says so rather than hiding it.
  downloadBlob(csv, history.stride > 1 ? `loss-history-every-${history.stride}-epochs.csv` : 'loss-history.csv', 'text/csv');
}

/** Importing a model is rare: the code that checks the files loads with the first import. */
function importFiles(files: File[]): void {
  import('../../engineClient/modelImport')
    .then(({ importModelFiles }) => importModelFiles(files))
    .catch(() => usePlayground.getState().setImportMessage('The model import could not be loaded. Reload the page and try again.'));
}

/** Take the trained model away: tfjs Layers format, a single JSON, or the loss history. */
export function ExportButtons() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const importMessage = usePlayground((s) => s.importMessage);
  const [showCode, setShowCode] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  // Only rows of numbers (points, tables) have a decision boundary to save; images and sequences have none.
  const hasBoundary = usePlayground((s) => exampleKindOf(s.spec.data.dataset) === 'row');
  const savePicture = async (picture: 'lossChart' | 'boundary') => {
    setError(null);
    try {
      // Drawing pictures is rare: its code is loaded on the first save.
      const { saveBoundaryPng, saveLossChartPng } = await import('./pngExport');
      await (picture === 'lossChart' ? saveLossChartPng() : saveBoundaryPng());
    } catch (reason) {
      setError(`The picture could not be saved: ${errorMessage(reason)}`);
    }
  };
  const run = async (form: 'files' | 'single') => {
    setBusy(true);
    setError(null);
    try {
      const { modelJson, weightData } = await exportModel(exportMetadata(usePlayground.getState()));
      if (form === 'files') {
        downloadBlob(JSON.stringify(modelJson), 'model.json', 'application/json');
        downloadBlob(weightData, WEIGHTS_FILE, 'application/octet-stream');
      } else {
        const single: SingleFileModel = { format: 'neural-playground-model', version: 1, modelJson, weightDataBase64: toBase64(weightData) };
        downloadBlob(JSON.stringify(single), 'neural-playground-model.json', 'application/json');
      }
    } catch (reason) {
      setError(`The model could not be exported: ${errorMessage(reason)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="export-buttons" aria-label="Export">
      <h3>Take it away</h3>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void run('files')} title="model.json and model.weights.bin, loadable with tf.loadLayersModel">
          Export model
        </button>
        <button type="button" disabled={busy} onClick={() => void run('single')}>
          Export model as one JSON
        </button>
        <button
          type="button"
          onClick={() => {
            setError(null);
            exportLossHistory().catch((reason: unknown) => setError(`The loss history could not be saved: ${errorMessage(reason)}`));
          }}
        >
          Export loss history
        </button>
        <button type="button" onClick={() => setShowCode(true)}>
          Export code
        </button>
        <button type="button" onClick={() => void savePicture('lossChart')}>
          Save loss chart as PNG
        </button>
        {hasBoundary && (
          <button type="button" onClick={() => void savePicture('boundary')}>
            Save decision boundary as PNG
          </button>
        )}
      </div>
      {showCode && (
        <LazyPart name="The Export code dialog" loading={<DialogLoading />}>
          <CodeDialog onClose={() => setShowCode(false)} />
        </LazyPart>
      )}
      <label
        className={`drop-zone import-zone${dragOver ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragOver(false);
          const files = Array.from(event.dataTransfer.files);
          if (files.length > 0) importFiles(files);
        }}
      >
        <span>Import model</span>
        <span className="hint">model.json with model.weights.bin, or the single JSON</span>
        <input
          type="file"
          multiple
          accept=".json,.bin,application/json"
          aria-label="Import model"
          className="visually-hidden"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            if (files.length > 0) importFiles(files);
            event.target.value = '';
          }}
        />
      </label>
      {(error ?? importMessage) && (
        <p role="alert" className="notice">
          {error ?? importMessage}
        </p>
      )}
    </section>
  );
}
