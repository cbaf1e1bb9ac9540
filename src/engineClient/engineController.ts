import type { TrainingRows } from '../shared/dataContract';
import type { ImageChoice } from '../shared/imagePictures';
import type { StoreApi } from 'zustand';
import type { TableDataset } from '../data/csv/tableDataset';
import type { ExportedModel, ParameterRef } from '../shared/engineTypes';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import type { ImportableModel } from '../shared/modelImportSchema';
import { atMost, errorMessage } from '../shared/async';
import { compatibilityProblems } from '../shared/compatibility';
import { isTableDataset, type PlaygroundSpec } from '../shared/spec';
import { engineNoticeText } from '../store/engineNoticeText';
import { pageQuery } from '../store/pageQuery';
import type { PlaygroundState } from '../store/store';
import type { EngineClient, EngineClientEvents } from './engineClient';

/** On a slow network commands stop waiting for data after this long, and act on the network there is. */
const DATA_WAIT_LIMIT_MS = 20_000;

export type EngineCommand = 'start' | 'pause' | 'step' | 'reset';

/** What the controller needs of the page around it; tests pass their own. */
export interface ControllerPage {
  createClient(events: EngineClientEvents): EngineClient;
  /** Resolves once the page has had a frame to show a snapshot: the worker's acknowledgement. */
  nextFrame(): Promise<void>;
  writeQuery(query: string): void;
}

/** Brings the last saved weights back into a worker that had to be replaced; says what it did. */
export type RestoreRun = (spec: PlaygroundSpec) => Promise<string | null>;

/**
 * The page's side of the engine: sends every spec change to the worker in order, holds commands
 * back while data is read or a network is built, and mirrors what the worker says into the store.
 * All its state lives here, so a test can drive a fresh one against a fake engine.
 */
export class EngineController {
  private client: EngineClient | null = null;
  private configured: Promise<unknown> = Promise.resolve();
  /** The rows last sent for a table dataset (undefined: nothing sent to this worker yet). */
  private sentTable: TableDataset | null | undefined;
  /** Counted, so the page says "setting up…" until the last set-up ends, with no "ready" flash between. */
  private setUpsInFlight = 0;
  /** Data being read before it can be configured (the Iris table, a mapped CSV); commands wait for it. */
  private dataLoading: Promise<unknown> = Promise.resolve();
  private loadsInFlight = 0;
  /** Spec the worker already runs (set by an import): its change in the store needs no configure. */
  private alreadyConfigured: PlaygroundSpec | null = null;

  constructor(
    private readonly store: StoreApi<PlaygroundState>,
    private readonly page: ControllerPage,
  ) {}

  /**
   * Starts the worker, and from then on sends every spec change to it and into the page's URL.
   * `restoreRun` is passed in because the autosave that provides it sends its commands through here.
   */
  connect(restoreRun: RestoreRun): void {
    if (this.client) return;
    this.client = this.page.createClient({
      onSnapshot: async (snapshot) => {
        this.store.getState().applySnapshot(snapshot);
        await this.page.nextFrame();
      },
      onRestart: (reason) => this.restarted(reason, restoreRun),
    });
    const writeUrl = () => this.page.writeQuery(pageQuery(this.store.getState()));
    writeUrl();
    this.configure(this.store.getState().spec);
    this.store.subscribe((state, previous) => {
      if (state.classroom !== previous.classroom || state.lesson?.id !== previous.lesson?.id || state.lesson?.step !== previous.lesson?.step) writeUrl();
      if (state.spec === previous.spec) return;
      writeUrl();
      if (state.spec === this.alreadyConfigured) return;
      this.alreadyConfigured = null;
      this.configure(state.spec);
    });
  }

  /** Runs an engine command after any pending configuration, reporting failures instead of hanging. */
  command(command: EngineCommand): Promise<void> {
    return this.afterDataLoads(async () => {
      const client = this.requireClient();
      if (command !== 'start') return client[command]();
      const result = await client.start();
      this.store.getState().setStartRefusal(result.started ? null : { epoch: result.epoch, limit: result.limit });
    }).catch((error) => this.store.getState().setEngineMessage(`The engine did not respond: ${errorMessage(error)}`));
  }

  /** Writes a typed weight into the model, after any pending configuration; rejects with the engine's reason. */
  /** The example the image pictures follow (a test image or a drawing). */
  chooseImage(choice: ImageChoice): Promise<void> {
    return this.afterDataLoads(() => this.requireClient().chooseImage(choice));
  }

  /** The rows of the current run, once the network being set up is in place. */
  trainingRows(): Promise<TrainingRows | null> {
    return this.afterDataLoads(() => this.requireClient().trainingRows());
  }

  setParameter(ref: ParameterRef, value: number): Promise<void> {
    return this.afterDataLoads(() => this.requireClient().setParameter(ref, value));
  }

  /** The trained model from the worker, after any pending configuration. */
  exportModel(metadata: PlaygroundModelMetadata): Promise<ExportedModel> {
    return this.afterDataLoads(() => this.requireClient().exportModel(metadata));
  }

  /**
   * Hands an exported model to the worker, which checks it and swaps it in; only then does the page
   * take its settings. A refused model leaves everything as it was.
   */
  importModel(model: ImportableModel, table: TableDataset | null): Promise<void> {
    return this.afterDataLoads(async () => {
      const result = await this.requireClient().importModel(model, table);
      this.sentTable = table;
      this.alreadyConfigured = model.metadata.spec;
      const store = this.store.getState();
      store.setSpec(model.metadata.spec);
      store.setEngineInfo({ runId: result.runId, backend: result.backend, trials: result.trials, message: null, preview: result.preview });
    });
  }

  /**
   * Engine commands wait for `work` (e.g. reading the Iris table) and then for the network it sets
   * up, so a Step clicked meanwhile trains the data being loaded, not the network about to be replaced.
   */
  setUpBeforeCommands(work: Promise<unknown>): void {
    this.loadsInFlight++;
    const settled = work.catch(() => undefined).finally(() => this.loadsInFlight--);
    this.dataLoading = this.trackSetUp(Promise.all([this.dataLoading, atMost(settled, DATA_WAIT_LIMIT_MS)]));
  }

  private restarted(reason: string, restoreRun: RestoreRun): void {
    this.sentTable = undefined;
    this.configured = Promise.resolve();
    const { spec, setEngineMessage } = this.store.getState();
    setEngineMessage(`The training engine stopped (${reason}) and was restarted with your settings; restoring the last saved weights…`);
    this.configure(spec);
    const rebuilt = this.configured;
    void restoreRun(spec).then(async (restored) => {
      // After the rebuild's own answer, which resets the message: a quick "nothing saved" must not vanish.
      await rebuilt;
      this.store
        .getState()
        .setEngineMessage(`The training engine stopped (${reason}) and was restarted with your settings. ${restored ?? 'No saved weights matched, so training starts again from the seed.'}`);
    });
  }

  private configure(spec: PlaygroundSpec): void {
    // Choices that do not fit together are explained on the page; the engine keeps its last network.
    if (compatibilityProblems(spec).length > 0) return;
    if (isTableDataset(spec.data.dataset) && !this.store.getState().tableData) return;
    const configured = this.configured
      .catch(() => undefined)
      .then(() => {
        // Rows of a table travel only when they changed; the worker keeps the last ones it got.
        const table = isTableDataset(spec.data.dataset) ? this.store.getState().tableData : null;
        const changed = table !== this.sentTable;
        this.sentTable = table;
        return this.requireClient().configure(spec, changed ? table : undefined);
      })
      .then((result) => {
        this.store.getState().setEngineInfo({
          runId: result.runId,
          backend: result.backend,
          trials: result.trials,
          message: result.fallback && engineNoticeText(result.fallback),
          preview: result.preview,
        });
        if (result.refusal) this.store.getState().setStartRefusal(result.refusal);
      })
      .catch((error) => this.store.getState().setEngineMessage(`The engine could not set up this network: ${errorMessage(error)}`));
    this.configured = this.trackSetUp(configured);
  }

  private trackSetUp(work: Promise<unknown>): Promise<unknown> {
    this.setUpsInFlight++;
    this.store.getState().setConfiguring(true);
    return work.finally(() => {
      this.setUpsInFlight--;
      if (this.setUpsInFlight === 0) this.store.getState().setConfiguring(false);
    });
  }

  /**
   * Sends `send` once any data being read is in, and chains it on `configured` only then: by that
   * time the data's configure is queued, so it goes first. With nothing loading it is chained at
   * once, keeping the order of calls made in the same tick.
   */
  private afterDataLoads<T>(send: () => Promise<T>): Promise<T> {
    const chain = () => {
      const sent = this.configured.catch(() => undefined).then(send);
      this.configured = sent.catch(() => undefined);
      return sent;
    };
    return this.loadsInFlight === 0 ? chain() : this.dataLoading.then(chain);
  }

  private requireClient(): EngineClient {
    if (!this.client) throw new Error('The engine is not connected yet.');
    return this.client;
  }
}
