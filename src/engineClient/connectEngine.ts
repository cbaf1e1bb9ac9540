import type { TableDataset } from '../data/csv/tableDataset';
import type { ExportedModel } from '../engine/exportModel';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import type { ImportableModel } from '../shared/modelImportSchema';
import type { ParameterRef } from '../shared/engineTypes';
import { atMost, errorMessage } from '../shared/async';
import { compatibilityProblems } from '../shared/compatibility';
import { isTableDataset, type PlaygroundSpec } from '../shared/spec';
import { pageQuery } from '../store/pageQuery';
import { usePlayground } from '../store/store';
import { restoreRun } from './autosave';
import { createEngineClient, type EngineClient } from './engineClient';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let client: EngineClient | null = null;
let configured: Promise<unknown> = Promise.resolve();
let sentTable: TableDataset | null | undefined;

/**
 * Set-ups in flight (a network being built, a shipped table being read). Counted, so the page says
 * "setting up…" until the last one ends rather than flashing "ready" between two of them.
 */
let setUpsInFlight = 0;

function trackSetUp(work: Promise<unknown>): Promise<unknown> {
  setUpsInFlight++;
  usePlayground.getState().setConfiguring(true);
  return work.finally(() => {
    setUpsInFlight--;
    if (setUpsInFlight === 0) usePlayground.getState().setConfiguring(false);
  });
}

/** Data being read before it can be configured (the Iris table, a mapped CSV); commands wait for it. */
let dataLoading: Promise<unknown> = Promise.resolve();
let loadsInFlight = 0;
/** On a slow network commands stop waiting after this long, and act on the network there is. */
const DATA_WAIT_LIMIT_MS = 20_000;

/**
 * Engine commands wait for `work` (e.g. reading the Iris table) and then for the network it sets up,
 * so a Step clicked meanwhile trains the data being loaded, not the network about to be replaced.
 */
export function setUpBeforeCommands(work: Promise<unknown>): void {
  loadsInFlight++;
  const settled = work.catch(() => undefined).finally(() => loadsInFlight--);
  dataLoading = trackSetUp(Promise.all([dataLoading, atMost(settled, DATA_WAIT_LIMIT_MS)]));
}

/**
 * Sends `send` once any data being read is in, and chains it on `configured` only then: by that
 * time the data's configure is queued, so it goes first. With nothing loading it is chained at once,
 * keeping the order of calls made in the same tick.
 */
function afterDataLoads<T>(send: () => Promise<T>): Promise<T> {
  const chain = () => {
    const sent = configured.catch(() => undefined).then(send);
    configured = sent.catch(() => undefined);
    return sent;
  };
  return loadsInFlight === 0 ? chain() : dataLoading.then(chain);
}

function configure(spec: PlaygroundSpec): void {
  // Choices that do not fit together are explained on the page; the engine keeps its last network.
  if (compatibilityProblems(spec).length > 0) return;
  if (isTableDataset(spec.data.dataset) && !usePlayground.getState().tableData) return;
  configured = configured
    .catch(() => undefined)
    .then(() => {
      // Rows of a table travel only when they changed; the worker keeps the last ones it got.
      const table = isTableDataset(spec.data.dataset) ? usePlayground.getState().tableData : null;
      const changed = table !== sentTable;
      sentTable = table;
      return client!.configure(spec, changed ? table : undefined);
    })
    .then((result) => {
      usePlayground.getState().setEngineInfo({
        runId: result.runId,
        backend: result.backend,
        trials: result.trials,
        message: result.fallbackMessage,
      });
    })
    .catch((error) => usePlayground.getState().setEngineMessage(`The engine could not set up this network: ${errorMessage(error)}`));
  configured = trackSetUp(configured);
}

/** Runs an engine command after any pending configuration, reporting failures instead of hanging. */
export function engineCommand(command: 'start' | 'pause' | 'step' | 'reset'): Promise<void> {
  return afterDataLoads(() => client![command]()).catch((error) => usePlayground.getState().setEngineMessage(`The engine did not respond: ${errorMessage(error)}`));
}

/** Writes a typed weight into the model, after any pending configuration; rejects with the engine's reason. */
export function setParameter(ref: ParameterRef, value: number): Promise<void> {
  return afterDataLoads(() => client!.setParameter(ref, value));
}

/** The trained model from the worker, after any pending configuration. */
export function exportModel(metadata: PlaygroundModelMetadata): Promise<ExportedModel> {
  return afterDataLoads(() => client!.exportModel(metadata));
}

/** Spec the worker already runs (set by an import): its change in the store needs no configure. */
let alreadyConfigured: PlaygroundSpec | null = null;

/**
 * Hands an exported model to the worker, which checks it and swaps it in; only then does the page
 * take its settings. A refused model leaves everything as it was.
 */
export function importModel(model: ImportableModel, table: TableDataset | null): Promise<void> {
  return afterDataLoads(async () => {
    const result = await client!.importModel(model, table);
    sentTable = table;
    alreadyConfigured = model.metadata.spec;
    const store = usePlayground.getState();
    store.setSpec(model.metadata.spec);
    store.setEngineInfo({ runId: result.runId, backend: result.backend, trials: result.trials, message: null });
  });
}

/** Starts the worker, and from then on sends every spec change to it and into the page's URL. */
export function connectEngine(): void {
  if (client) return;
  client = createEngineClient({
    onSnapshot: async (snapshot) => {
      usePlayground.getState().applySnapshot(snapshot);
      // Acknowledge only once the page had a frame to show it: the worker never queues stale frames.
      await nextFrame();
    },
    onRestart: (reason) => {
      sentTable = undefined;
      configured = Promise.resolve();
      const spec = usePlayground.getState().spec;
      usePlayground.getState().setEngineMessage(`The training engine stopped (${reason}) and was restarted with your settings; restoring the last saved weights…`);
      configure(spec);
      void restoreRun(spec).then((restored) =>
        usePlayground
          .getState()
          .setEngineMessage(
            `The training engine stopped (${reason}) and was restarted with your settings. ${restored ?? 'No saved weights matched, so training starts again from the seed.'}`,
          ),
      );
    },
  });
  const writeUrl = () => history.replaceState(null, '', `?${pageQuery(usePlayground.getState())}`);
  writeUrl();
  configure(usePlayground.getState().spec);
  usePlayground.subscribe((state, previous) => {
    if (state.classroom !== previous.classroom || state.lesson?.id !== previous.lesson?.id || state.lesson?.step !== previous.lesson?.step) writeUrl();
    if (state.spec === previous.spec) return;
    writeUrl();
    if (state.spec === alreadyConfigured) return;
    alreadyConfigured = null;
    configure(state.spec);
  });
}
