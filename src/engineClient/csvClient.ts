import * as Comlink from 'comlink';
import type { CsvApi } from '../data/csv/csvWorker';

let remote: Comlink.Remote<CsvApi> | null = null;

/** The CSV worker, started on first use: most visits never upload a file. */
export function csvWorker(): Comlink.Remote<CsvApi> {
  if (!remote) remote = Comlink.wrap<CsvApi>(new Worker(new URL('../data/csv/csvWorker.ts', import.meta.url), { type: 'module', name: 'csv' }));
  return remote;
}
