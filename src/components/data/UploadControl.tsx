import { useState, type DragEvent } from 'react';
import { usePlayground } from '../../store/store';

/** The upload code (and the CSV worker it starts) loads with the first file. */
function openFile(file: File): void {
  import('../../engineClient/csvUpload')
    .then(({ openCsvFile }) => openCsvFile(file))
    .catch(() => usePlayground.getState().setUploadError('The upload could not be loaded. Reload the page and try again.'));
}

/** "Upload CSV": a file picker that also takes a file dropped on it. */
export function UploadControl() {
  const uploadError = usePlayground((s) => s.uploadError);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) openFile(file);
  };
  return (
    <div className="upload-control">
      <label
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <span>Upload CSV</span>
        <span className="hint">choose or drop a file (up to 10 MB, 100,000 rows)</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          aria-label="Upload CSV"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) openFile(file);
            event.target.value = '';
          }}
        />
      </label>
      {uploadError && (
        <p role="alert" className="notice">
          {uploadError} The current data is unchanged.
        </p>
      )}
    </div>
  );
}
