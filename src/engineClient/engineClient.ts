import * as Comlink from 'comlink';
import type { EngineApi, Snapshot } from '../shared/engineTypes';

/**
 * The engine's commands as the page calls them, derived from the API's one declaration (every
 * method there already answers with a promise, as it does across comlink).
 */
export type EngineClient = Omit<EngineApi, 'connect' | 'ping'>;

export interface EngineClientEvents {
  /** Called for each snapshot; the returned promise is the acknowledgement the worker waits for. */
  onSnapshot(snapshot: Snapshot): Promise<void>;
  /** The worker died; a new one has been started and must be configured again. */
  onRestart(reason: string): void;
}

class WorkerCrashed extends Error {}

/**
 * A worker that was closed or killed says nothing, so the client asks it every second whether it is
 * there. The training loop yields every 10 ms, so a live worker answers well within the limit;
 * building a network (backend trial, a 512-wide model on the cpu) can keep it busy longer, so the
 * silence does not count while a configure or import is in flight.
 */
const HEARTBEAT_MS = 1000;
const SILENCE_LIMIT_MS = 8000;

/**
 * The only place that creates the engine worker. If the worker dies, every call in flight fails
 * instead of hanging, and a fresh worker takes its place.
 */
export function createEngineClient(events: EngineClientEvents): EngineClient {
  let worker: Worker;
  let remote: Comlink.Remote<EngineApi>;
  let crashed: Promise<never>;
  let rejectCrashed: (error: Error) => void;

  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let building = 0;
  let lastAnswer = 0;

  const restart = (reason: string) => {
    clearInterval(heartbeat);
    rejectCrashed(new WorkerCrashed(reason));
    worker.terminate();
    spawn();
    events.onRestart(reason);
  };

  const spawn = () => {
    worker = new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module', name: 'engine' });
    remote = Comlink.wrap<EngineApi>(worker);
    crashed = new Promise<never>((_, reject) => (rejectCrashed = reject));
    crashed.catch(() => undefined);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      restart(event.message || 'it stopped unexpectedly');
    });
    void remote.connect(Comlink.proxy(events.onSnapshot));
    lastAnswer = performance.now();
    const current = remote;
    heartbeat = setInterval(() => {
      if (building > 0) lastAnswer = performance.now();
      else if (performance.now() - lastAnswer > SILENCE_LIMIT_MS) return restart('it stopped answering');
      void current.ping().then(() => (lastAnswer = performance.now()));
    }, HEARTBEAT_MS);
  };
  spawn();

  const call = <R>(invoke: (api: Comlink.Remote<EngineApi>) => R): Promise<Awaited<R>> => Promise.race([invoke(remote), crashed]);
  const build = async <R>(invoke: (api: Comlink.Remote<EngineApi>) => R): Promise<Awaited<R>> => {
    building++;
    try {
      return await call(invoke);
    } finally {
      building--;
    }
  };

  return {
    configure: (spec, table) => build((api) => api.configure(spec, table)),
    exportModel: (metadata) => call((api) => api.exportModel(metadata)),
    importModel: (model, table) => build((api) => api.importModel(model, table)),
    start: () => call((api) => api.start()),
    pause: () => call((api) => api.pause()),
    step: () => call((api) => api.step()),
    reset: () => call((api) => api.reset()),
    setParameter: (ref, value) => call((api) => api.setParameter(ref, value)),
    trainingRows: () => call((api) => api.trainingRows()),
    chooseImage: (choice) => call((api) => api.chooseImage(choice)),
  };
}
