import { useState } from 'react';
import Papa from 'papaparse';
import { exportModel } from '../../engineClient/connectEngine';
import { importModelFiles } from '../../engineClient/modelImport';
import { toBase64, WEIGHTS_FILE, type SingleFileModel } from '../../shared/modelExport';
import { chartPoints } from '../../store/lossHistory';
import { usePlayground } from '../../store/store';
import { CodeDialog } from './CodeDialog';
import { downloadBlob } from './downloads';
import { saveBoundaryPng, saveLossChartPng } from './pngExport';
import { exportMetadata } from './exportMetadata';

function exportLossHistory(): void {
  const { history } = usePlayground.getState();
  const rows = chartPoints(history).map((p) => [p.epoch, p.train, p.test, p.trainAccuracy ?? '', p.testAccuracy ?? '']);
  const csv = Papa.unparse({ fields: ['epoch', 'training loss', 'test loss', 'training accuracy', 'test accuracy'], data: rows }, { newline: '\n' });
  // Long runs keep every k-th epoch (see lossHistory.ts); the file name says so rather than hiding it.
  downloadBlob(csv, history.stride > 1 ? `loss-history-every-${history.stride}-epochs.csv` : 'loss-history.csv', 'text/csv');
}

/** Take the trained model away: tfjs Layers format, a single JSON, or the loss history. */
export function ExportButtons() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const importMessage = usePlayground((s) => s.importMessage);
  const [showCode, setShowCode] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const savePicture = async (save: () => Promise<void>) => {
    setError(null);
    try {
      await save();
    } catch (reason) {
      setError(`The picture could not be saved: ${reason instanceof Error ? reason.message : String(reason)}`);
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
      setError(`The model could not be exported: ${reason instanceof Error ? reason.message : String(reason)}`);
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
        <button type="button" onClick={exportLossHistory}>
          Export loss history
        </button>
        <button type="button" onClick={() => setShowCode(true)}>
          Export code
        </button>
        <button type="button" onClick={() => void savePicture(saveLossChartPng)}>
          Save loss chart as PNG
        </button>
        <button type="button" onClick={() => void savePicture(saveBoundaryPng)}>
          Save decision boundary as PNG
        </button>
      </div>
      {showCode && <CodeDialog onClose={() => setShowCode(false)} />}
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
          if (files.length > 0) void importModelFiles(files);
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
            if (files.length > 0) void importModelFiles(files);
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
