import * as Comlink from 'comlink';
import type { CsvApi } from '../data/csv/csvWorker';

type CsvCalls = { [Name in keyof CsvApi]: (...args: Parameters<CsvApi[Name]>) => Promise<ReturnType<CsvApi[Name]>> };

/**
 * The CSV worker, started on first use: most visits never upload a file. A comlink call to a worker
 * that failed to load (an old tab whose chunk a new version removed) or crashed would never settle,
 * and the engine waits for tables being read: every call fails instead, and the next one starts a
 * fresh worker.
 */
class CsvWorkerOnDemand {
  private calls: CsvCalls | null = null;

  get(): CsvCalls {
    if (this.calls) return this.calls;
    const worker = new Worker(new URL('../data/csv/csvWorker.ts', import.meta.url), { type: 'module', name: 'csv' });
    const remote = Comlink.wrap<CsvApi>(worker);
    const failed = new Promise<never>((_, reject) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.calls = null;
        worker.terminate();
        reject(new Error(event.message || 'the CSV reader stopped unexpectedly'));
      }),
    );
    failed.catch(() => undefined);
    const calls: CsvCalls = {
      read: (...args) => Promise.race([remote.read(...args), failed]),
      build: (...args) => Promise.race([remote.build(...args), failed]),
    };
    this.calls = calls;
    return calls;
  }
}

const csv = new CsvWorkerOnDemand();

export const csvWorker = (): CsvCalls => csv.get();
