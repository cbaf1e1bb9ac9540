import * as Comlink from 'comlink';
import type { CsvApi } from '../data/csv/csvWorker';

type CsvCalls = { [Name in keyof CsvApi]: (...args: Parameters<CsvApi[Name]>) => Promise<ReturnType<CsvApi[Name]>> };

let client: CsvCalls | null = null;

/**
 * The CSV worker, started on first use: most visits never upload a file. A comlink call to a worker
 * that failed to load (an old tab whose chunk a new version removed) or crashed would never settle,
 * and the engine waits for tables being read: every call fails instead, and the next one starts a
 * fresh worker.
 */
export function csvWorker(): CsvCalls {
  if (client) return client;
  const worker = new Worker(new URL('../data/csv/csvWorker.ts', import.meta.url), { type: 'module', name: 'csv' });
  const remote = Comlink.wrap<CsvApi>(worker);
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      client = null;
      worker.terminate();
      reject(new Error(event.message || 'the CSV reader stopped unexpectedly'));
    }),
  );
  failed.catch(() => undefined);
  const current: CsvCalls = {
    read: (...args) => Promise.race([remote.read(...args), failed]),
    build: (...args) => Promise.race([remote.build(...args), failed]),
  };
  client = current;
  return current;
}
