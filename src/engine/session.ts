import type { TableDataset } from '../data/csv/tableDataset';
import { buildTrainingData, type TrainingData } from '../data/trainingData';
import type { ConfigureResult, EngineNotice, ExportedModel, LossPoint, ParameterRef, RunStatus, StartResult } from '../shared/engineTypes';
import type { BackendName, PlaygroundSpec } from '../shared/spec';
import * as tf from '@tensorflow/tfjs-core';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import { webglContextLost } from './backends';
import { GpuWeightKeeper } from './gpuRecovery';
import { sameRunShape } from '../shared/sameRunShape';
import { chooseBackend } from './backendChoice';
import { exportLayersModel } from './exportModel';
import { loadExportedModel, weightsMismatch } from './importModel';
import type { ImportableModel } from '../shared/modelImportSchema';
import { finalOutput, forward } from './model';
import { SnapshotPump, type SnapshotSink } from './snapshotPump';
import { Trainer } from './trainer';
import { yieldToEventLoop } from './yieldToEventLoop';
import { setParameter } from './weightEdit';
import { errorMessage } from '../shared/async';
import { assertNever } from '../shared/assertNever';

/** Training runs in slices this long between looks at the message queue (pause, step, acks). */
const SLICE_MS = 10;
/** Why a run of time slices ended. */
type StopReason =
  | { kind: 'target' }
  | { kind: 'requested' }
  | { kind: 'diverged'; epoch: number }
  | { kind: 'failed'; error: string }
  | { kind: 'gpuLost' };

/**
 * The worker's one long-lived owner of the model: configures runs, trains in time slices and sends
 * at most one snapshot at a time, waiting for the page's acknowledgement before the next.
 */
export class EngineSession {
  private spec: PlaygroundSpec | null = null;
  private data: TrainingData | null = null;
  private table: TableDataset | null = null;
  private trainer: Trainer | null = null;
  private backend: BackendName = 'cpu';
  private runId = 0;
  private status: RunStatus = 'idle';
  private notice: EngineNotice | null = null;
  private quietStop = false;
  private resumeNotice: EngineNotice | null = null;
  private readonly gpuWeights = new GpuWeightKeeper();
  private stopRequested = false;
  private loop: Promise<void> | null = null;
  private readonly snapshots: SnapshotPump;

  constructor(sink: SnapshotSink) {
    this.snapshots = new SnapshotPump(sink, () =>
      this.trainer && this.spec ? { trainer: this.trainer, runId: this.runId, status: this.status, backend: this.backend, notice: this.notice } : null,
    );
  }

  /** `table` carries the rows of a table dataset (a link holds only its column roles). */
  async configure(spec: PlaygroundSpec, table?: TableDataset | null): Promise<ConfigureResult> {
    const wasTraining = this.loop !== null && !this.stopRequested;
    await this.stop();
    const previous = this.spec;
    this.spec = spec;
    // undefined keeps the rows already here; a new table always starts a new run.
    const newTable = table !== undefined;
    if (newTable) this.table = table;
    if (previous && this.trainer && !newTable && sameRunShape(previous, spec)) {
      // Learning rate and epoch count apply to the run in progress, which carries on.
      this.trainer.setLearningRate(spec.training.learningRate);
      const data = buildTrainingData(spec, this.table);
      if (data) this.trainer.data.plane = data.plane;
      if (wasTraining) await this.start();
      else this.snapshots.request();
      return { runId: this.runId, backend: this.backend, requested: spec.training.backend, trials: [], fallback: null };
    }
    this.disposeTrainer();
    const data = buildTrainingData(spec, this.table);
    if (!data) throw new Error('This dataset is a table whose rows have not been loaded yet.');
    this.data = data;
    const decision = await chooseBackend(spec, data);
    this.backend = decision.backend;
    this.trainer = new Trainer(spec, data);
    this.newRun(decision.fallback);
    return {
      runId: this.runId,
      backend: this.backend,
      requested: spec.training.backend,
      trials: decision.trials,
      fallback: decision.fallback,
    };
  }

  /**
   * Trains until the spec's epoch count, or until paused. At or past that count nothing starts:
   * the page says so, instead of a Train that silently does nothing.
   */
  async start(): Promise<StartResult> {
    const trainer = this.requireTrainer();
    await this.loopEnding();
    if (this.loop) return { started: true };
    const limit = this.spec!.training.epochs;
    if (limit !== null && trainer.epoch >= limit) return { started: false, reason: 'epochLimitReached', epoch: trainer.epoch, limit };
    this.launch(limit, 'done');
    return { started: true };
  }

  async pause(): Promise<void> {
    await this.stop();
  }

  /** Exactly one epoch: finishes the epoch in progress, or trains a whole new one. */
  async step(): Promise<void> {
    await this.stop();
    const trainer = this.requireTrainer();
    await this.launch(trainer.epoch + 1, 'paused');
  }

  async reset(): Promise<void> {
    await this.stop();
    if (!this.spec) return;
    this.disposeTrainer();
    if (!this.data) return;
    this.trainer = new Trainer(this.spec, this.data);
    this.newRun(null);
  }

  /** The trained model in the TensorFlow.js Layers format, with the page's metadata inside. */
  async exportModel(metadata: PlaygroundModelMetadata): Promise<ExportedModel> {
    // A run in progress pauses for the moment of reading the weights, unseen, and carries on.
    const wasTraining = this.loop !== null && this.status === 'training';
    await this.stop(true);
    try {
      return await exportLayersModel(this.requireTrainer(), metadata);
    } finally {
      if (wasTraining) await this.start();
    }
  }

  /**
   * Replaces the run with an exported model: its settings, its weights, and its epoch count, so
   * training continues from it. Everything is checked before anything is replaced.
   */
  async importModel(model: ImportableModel, table?: TableDataset | null): Promise<ConfigureResult> {
    const { spec } = model.metadata;
    const data = buildTrainingData(spec, table === undefined ? this.table : table);
    if (!data) throw new Error('This model was trained on a table whose rows are not loaded.');
    const loaded = await loadExportedModel(model);
    let candidate: Trainer | null = null;
    try {
      candidate = new Trainer(spec, data);
      const mismatch = weightsMismatch(candidate.built, loaded);
      if (mismatch) throw new Error(mismatch);
      candidate.built.model.setWeights(loaded.getWeights());
    } catch (error) {
      candidate?.dispose();
      throw error;
    } finally {
      loaded.dispose();
    }
    await this.stop();
    this.disposeTrainer();
    if (table !== undefined) this.table = table;
    this.spec = spec;
    this.data = data;
    this.trainer = candidate;
    candidate.epoch = model.metadata.finalLosses?.epoch ?? 0;
    this.newRun(null, model.metadata.lossHistory);
    return { runId: this.runId, backend: this.backend, requested: spec.training.backend, trials: [], fallback: null };
  }

  /**
   * A weight or bias the learner typed, written into the model at once: a run in progress goes on
   * from it at its next batch (the loop yields between slices, so no batch is cut in two).
   */
  setParameter(ref: ParameterRef, value: number): void {
    setParameter(this.requireTrainer().built.layers, ref, value);
    this.snapshots.request();
  }

  /** The model's outputs (row-major, count × outputs) for network inputs (count × input width). */
  predict(inputs: Float32Array, count: number): Float32Array {
    const trainer = this.requireTrainer();
    const values = tf.tidy(() => finalOutput(forward(trainer.built.layers, tf.tensor2d(inputs, [count, trainer.data.width]))));
    const result = (values.dataSync() as Float32Array).slice();
    values.dispose();
    return result;
  }

  /** `history`: the losses of the epochs before this one, which an imported model brings along. */
  private newRun(notice: EngineNotice | null, history: readonly LossPoint[] = []): void {
    this.runId++;
    this.status = 'idle';
    this.notice = notice;
    // The current epoch's losses (epoch 0: the untrained network's), so the read-outs and chart start from a real value.
    const epoch = this.trainer?.epoch ?? 0;
    this.snapshots.startLosses(this.trainer ? [...history.filter((p) => p.epoch < epoch), this.trainer.evaluate()] : []);
    this.snapshots.request();
  }

  /**
   * The one place a training loop begins. The loop is owned through `this.loop` until it has really
   * ended, however it ends: a loop that finished before its first await (a fast Step) used to clear
   * `this.loop` before its caller stored it, so every later Train saw a loop that never ended.
   */
  private launch(targetEpoch: number | null, statusAtTarget: RunStatus): Promise<void> {
    const loop: Promise<void> = this.trainUntil(targetEpoch, statusAtTarget).finally(() => {
      if (this.loop === loop) this.loop = null;
    });
    this.loop = loop;
    return loop;
  }

  /** Waits for a loop that was asked to stop; a loop still training is left running. */
  private async loopEnding(): Promise<void> {
    while (this.loop && this.stopRequested) await this.loop;
  }

  private async trainUntil(targetEpoch: number | null, statusAtTarget: RunStatus): Promise<void> {
    for (;;) {
      const reason = await this.trainSlices(this.requireTrainer(), targetEpoch);
      if (reason.kind === 'gpuLost') {
        const recovered = this.spec && this.data ? await this.gpuWeights.recover(this.spec, this.data, this.trainer) : null;
        if (recovered) {
          this.trainer = recovered.trainer;
          this.backend = recovered.backend;
          this.resumeNotice = recovered.notice;
          continue;
        }
      }
      const finalStatus = this.statusAfter(reason, statusAtTarget);
      if (this.quietStop && finalStatus === 'paused') return;
      this.status = finalStatus;
      this.snapshots.request();
      return;
    }
  }

  private statusAfter(reason: StopReason, statusAtTarget: RunStatus): RunStatus {
    switch (reason.kind) {
      case 'target':
        return statusAtTarget;
      case 'requested':
        return 'paused';
      case 'diverged':
        this.notice = { kind: 'diverged', epoch: reason.epoch, learningRate: this.spec!.training.learningRate };
        return 'error';
      case 'failed':
        // A failing kernel must end the run visibly, never leave the page waiting on a silent worker.
        this.notice = { kind: 'trainingFailed', backend: this.backend, error: reason.error };
        return 'error';
      case 'gpuLost':
        this.notice = { kind: 'gpuLostStopped' };
        return 'error';
      default:
        return assertNever(reason);
    }
  }

  /** Trains in time slices, a snapshot after each, until the target, a stop request or a failure. */
  private async trainSlices(trainer: Trainer, targetEpoch: number | null): Promise<StopReason> {
    this.stopRequested = false;
    this.status = 'training';
    // A run resumed after a lost GPU keeps saying so; any other run starts without a notice.
    this.notice = this.resumeNotice;
    this.resumeNotice = null;
    this.snapshots.request();
    try {
      for (;;) {
        if (this.stopRequested) return { kind: 'requested' };
        if (webglContextLost()) return { kind: 'gpuLost' };
        const sliceEnd = performance.now() + SLICE_MS;
        do {
          if (!trainer.trainBatch()) continue;
          const losses = trainer.evaluate();
          this.gpuWeights.keep(trainer, this.backend);
          if (!Number.isFinite(losses.train) || !Number.isFinite(losses.test)) {
            if (webglContextLost()) return { kind: 'gpuLost' };
            this.snapshots.addLoss(losses);
            return { kind: 'diverged', epoch: trainer.epoch };
          }
          this.snapshots.addLoss(losses);
          if (targetEpoch !== null && trainer.epoch >= targetEpoch) return { kind: 'target' };
        } while (!this.stopRequested && performance.now() < sliceEnd);
        this.snapshots.request();
        await yieldToEventLoop();
      }
    } catch (error) {
      return webglContextLost() ? { kind: 'gpuLost' } : { kind: 'failed', error: errorMessage(error) };
    }
  }

  /** Ends the training loop; a quiet stop leaves the status as it was, for a pause nobody sees. */
  private async stop(quiet = false): Promise<void> {
    if (!this.loop) return;
    this.stopRequested = true;
    this.quietStop = quiet;
    await this.loopEnding();
    this.quietStop = false;
  }

  private requireTrainer(): Trainer {
    if (!this.trainer) throw new Error('The engine has no network yet: configure it first.');
    return this.trainer;
  }

  private disposeTrainer(): void {
    this.trainer?.dispose();
    this.trainer = null;
  }
}
