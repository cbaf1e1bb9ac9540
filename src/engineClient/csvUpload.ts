import { suggestRoles, suggestTask } from '../data/csv/columns';
import { checkFileSize } from '../data/csv/limits';
import type { TableRoles } from '../shared/spec';
import { usePlayground } from '../store/store';
import { errorMessage } from '../shared/async';
import { csvWorker } from './csvClient';
import { readTable } from './tableSwitch';

// Apart from tableLoading.ts (Iris, needed at start-up for an Iris link) because most visits never
// upload a file: this module loads with the first one.

/** Reads a file the learner chose or dropped, and opens the column mapping; nothing else changes yet. */
export async function openCsvFile(file: File): Promise<void> {
  const store = usePlayground.getState();
  const tooBig = checkFileSize(file.size);
  if (tooBig) return store.setUploadError(tooBig);
  try {
    const read = await csvWorker().read(await file.text());
    if (!read.ok) return usePlayground.getState().setUploadError(read.error);
    const suggestion = suggestRoles(read.columns);
    if (!suggestion) return usePlayground.getState().setUploadError('No column holds only numbers, so there is nothing to use as an input.');
    // A link made with this file carries its roles: use them when the columns are still there.
    const pending = usePlayground.getState().pendingRoles;
    const names = read.table.headers;
    const fromLink = pending && [...pending.inputs, pending.target].every((name) => names.includes(name)) ? pending : null;
    const target = fromLink?.target ?? suggestion.target;
    const targetInfo = read.columns.find((c) => c.name === target)!;
    usePlayground.getState().setUpload({
      fileName: file.name,
      table: read.table,
      columns: read.columns,
      roles: {
        inputs: fromLink?.inputs ?? suggestion.inputs,
        target,
        task: fromLink?.task ?? suggestTask(targetInfo),
        standardize: fromLink?.standardize ?? true,
        dropMissing: false,
      },
      error: null,
      rowsWithMissing: null,
      busy: false,
    });
  } catch (error) {
    usePlayground.getState().setUploadError(`The file could not be read: ${errorMessage(error)}`);
  }
}

/**
 * Builds the mapped table off the page's thread and switches to it, or says why it cannot. Like the
 * Iris table, engine commands wait for it.
 */
export function applyUpload(): Promise<void> {
  return readTable(buildUpload);
}

async function buildUpload(movedOn: () => boolean): Promise<void> {
  const upload = usePlayground.getState().upload;
  if (!upload) return;
  usePlayground.getState().patchUpload({ busy: true, error: null });
  try {
    const built = await csvWorker().build(upload.table, upload.roles);
    if (!built.ok) return usePlayground.getState().patchUpload({ busy: false, error: built.error, rowsWithMissing: built.rowsWithMissing ?? null });
    // Another dataset was chosen meanwhile: the mapping stays open, to be applied again if wanted.
    if (movedOn()) return usePlayground.getState().patchUpload({ busy: false });
    const { inputs, target, task, standardize } = upload.roles;
    const roles: TableRoles = { fileName: upload.fileName, inputs, target, task, standardize, axes: inputs.slice(0, 2), classNames: built.data.classNames };
    usePlayground.getState().setPendingRoles(null);
    usePlayground.getState().useTable(roles, built.data);
  } catch (error) {
    usePlayground.getState().patchUpload({ busy: false, error: `The table could not be built: ${errorMessage(error)}` });
  }
}
