import type { ColumnRoles } from '../data/csv/tableDataset';
import { usePlayground } from '../store/store';
import { errorMessage } from '../shared/async';
import { csvWorker } from './csvClient';
import { readTable } from './tableSwitch';

const IRIS_ROLES: ColumnRoles = {
  inputs: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
  target: 'species',
  task: 'classification',
  standardize: true,
  dropMissing: false,
};

/**
 * The shipped Iris table (public/iris.csv), read like an upload with its roles preset. The engine
 * waits for it: a Step clicked while it loads trains Iris, not the network it replaces.
 */
export function loadIris(): Promise<void> {
  return readTable(readIris);
}

async function readIris(movedOn: () => boolean): Promise<void> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}iris.csv`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const read = await csvWorker().read(await response.text());
    if (!read.ok) throw new Error(read.error);
    const built = await csvWorker().build(read.table, IRIS_ROLES);
    if (!built.ok) throw new Error(built.error);
    if (movedOn()) return;
    const { inputs, target, task, standardize } = IRIS_ROLES;
    usePlayground.getState().useTable({ fileName: 'iris.csv', inputs, target, task, standardize, axes: ['petal_length', 'petal_width'], classNames: built.data.classNames }, built.data);
  } catch (error) {
    usePlayground.getState().setUploadError(`The Iris table could not be loaded: ${errorMessage(error)}`);
  }
}
