import { clearModel, type SavedModel } from '../persistence/savedModel';
import { checkModelFiles } from '../shared/modelImportSchema';
import { isTableDataset, type PlaygroundSpec, type TableRoles } from '../shared/spec';
import { sameValue } from '../shared/specEquality';
import { usePlayground } from '../store/store';
import { importModel } from './connectEngine';
import { errorMessage } from '../shared/async';

const sameTable = (a: TableRoles | null, b: TableRoles | null) =>
  !!a && !!b && a.fileName === b.fileName && a.target === b.target && a.task === b.task && a.standardize === b.standardize && a.inputs.join('\u0000') === b.inputs.join('\u0000');

/** Reads the chosen files, checks them, and hands the model to the engine; says why when it cannot. */
export async function importModelFiles(files: File[]): Promise<void> {
  const store = usePlayground.getState();
  store.setImportMessage(null);
  try {
    const read = await Promise.all(
      files.map(async (file) => (file.name.toLowerCase().endsWith('.json') ? { name: file.name, text: await file.text() } : { name: file.name, bytes: await file.arrayBuffer() })),
    );
    const check = checkModelFiles(read);
    if (!check.ok) return usePlayground.getState().setImportMessage(`${check.error} Nothing was changed.`);
    const { spec } = check.model.metadata;
    let table = null;
    if (isTableDataset(spec.data.dataset)) {
      const current = usePlayground.getState();
      if (!sameTable(spec.data.table, current.spec.data.table) || !current.tableData) {
        return usePlayground
          .getState()
          .setImportMessage(`This model was trained on the table "${spec.data.table?.fileName}". Load that table with the same columns first, then import the model. Nothing was changed.`);
      }
      table = current.tableData;
    }
    await importModel(check.model, table);
  } catch (error) {
    usePlayground.getState().setImportMessage(`The model could not be imported: ${errorMessage(error)} Nothing was changed.`);
  }
}

/** The model saved by the last visit, through the same checks as an imported file; loaded if it was trained with `spec`. */
export async function restoreSavedModel(saved: SavedModel, spec: PlaygroundSpec): Promise<string | null> {
  const check = checkModelFiles([
    { name: 'model.json', text: JSON.stringify(saved.modelJson) },
    { name: 'model.weights.bin', bytes: saved.weightData },
  ]);
  if (!check.ok || !sameValue(check.model.metadata.spec, spec)) {
    await clearModel();
    return check.ok ? null : 'The run saved by an earlier visit could not be used and was discarded.';
  }
  await importModel(check.model, null);
  return `Your last run was restored, at epoch ${check.model.metadata.finalLosses?.epoch ?? 0}.`;
}
