import * as Comlink from 'comlink';
import type { EngineApi } from '../engine/worker';
import type { TableDataset } from '../data/csv/tableDataset';
import type { ExportedModel } from '../engine/exportModel';
import type { ConfigureResult, Snapshot } from '../shared/engineTypes';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import type { ImportableModel } from '../shared/modelImportSchema';
import type { PlaygroundSpec } from '../shared/spec';

export interface EngineClient {
  /** `table`: new rows for a table dataset; undefined keeps the rows the worker has. */
  configure(spec: PlaygroundSpec, table?: TableDataset | null): Promise<ConfigureResult>;
  exportModel(metadata: PlaygroundModelMetadata): Promise<ExportedModel>;
  importModel(model: ImportableModel, table?: TableDataset | null): Promise<ConfigureResult>;
  start(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  reset(): Promise<void>;
}

export interface EngineClientEvents {
  /** Called for each snapshot; the returned promise is the acknowledgement the worker waits for. */
  onSnapshot(snapshot: Snapshot): Promise<void>;
  /** The worker died; a new one has been started and must be configured again. */
  onRestart(reason: string): void;
}

class WorkerCrashed extends Error {}

/**
 * The only place that creates the engine worker. If the worker dies, every call in flight fails
 * instead of hanging, and a fresh worker takes its place.
 */
export function createEngineClient(events: EngineClientEvents): EngineClient {
  let worker: Worker;
  let remote: Comlink.Remote<EngineApi>;
  let crashed: Promise<never>;
  let rejectCrashed: (error: Error) => void;

  const spawn = () => {
    worker = new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module', name: 'engine' });
    remote = Comlink.wrap<EngineApi>(worker);
    crashed = new Promise<never>((_, reject) => (rejectCrashed = reject));
    crashed.catch(() => undefined);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const reason = event.message || 'the engine stopped unexpectedly';
      rejectCrashed(new WorkerCrashed(reason));
      worker.terminate();
      spawn();
      events.onRestart(reason);
    });
    void remote.connect(Comlink.proxy(events.onSnapshot));
  };
  spawn();

  const call = <T>(invoke: (api: Comlink.Remote<EngineApi>) => Promise<T>): Promise<T> => Promise.race([invoke(remote), crashed]);

  return {
    configure: (spec, table) => call((api) => api.configure(spec, table)),
    exportModel: (metadata) => call((api) => api.exportModel(metadata)),
    importModel: (model, table) => call((api) => api.importModel(model, table)),
    start: () => call((api) => api.start()),
    pause: () => call((api) => api.pause()),
    step: () => call((api) => api.step()),
    reset: () => call((api) => api.reset()),
  };
}
