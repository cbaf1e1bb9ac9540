import type { TableDataset } from '../data/csv/tableDataset';
import { buildTrainingData, type TrainingData } from '../data/trainingData';
import type { ConfigureResult, LossPoint, NetworkPictures, ParameterRef, RunStatus, Snapshot } from '../shared/engineTypes';
import type { BackendName, PlaygroundSpec } from '../shared/spec';
import * as tf from '@tensorflow/tfjs-core';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import { webglContextLost } from './backends';
import { GpuWeightKeeper } from './gpuRecovery';
import { sameRunShape } from './sameRunShape';
import { chooseBackend } from './backendChoice';
import { exportLayersModel, type ExportedModel } from './exportModel';
import { loadExportedModel, weightsMismatch } from './importModel';
import type { ImportableModel } from '../shared/modelImportSchema';
import { finalOutput, forward } from './model';
import { computePictures, picturesTransferables } from './probes';
import { Trainer } from './trainer';
import { yieldToEventLoop } from './yieldToEventLoop';
import { setParameter } from './weightEdit';
import { errorMessage } from '../shared/async';

/** Training runs in slices this long between looks at the message queue (pause, step, acks). */
const SLICE_MS = 10;
/** Neuron pictures at most this often, even when cheap: the eye does not need more. */
const MIN_PICTURE_INTERVAL_MS = 33;
/**
 * Pictures of a deep network over the plane can cost more than the training itself; waiting this
 * many times their cost between two keeps them under about a tenth of the worker's time.
 */
const PICTURE_COST_RATIO = 9;

export type SnapshotSink = (snapshot: Snapshot, transfer: ArrayBuffer[]) => Promise<void>;

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
  private message: string | null = null;
  private diverged = false;
  private quietStop = false;
  private resumeNotice: string | null = null;
  private readonly gpuWeights = new GpuWeightKeeper();
  private unsentLosses: LossPoint[] = [];
  private snapshotInFlight = false;
  private snapshotWanted = false;
  private stopRequested = false;
  private loop: Promise<void> | null = null;
  private nextPicturesAt = 0;

  constructor(private readonly sink: SnapshotSink) {}

  /** `table` carries the rows of a table dataset (a link holds only its column roles). */
  async configure(spec: PlaygroundSpec, table?: TableDataset | null): Promise<ConfigureResult> {
    const wasTraining = this.loop !== null;
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
      else this.requestSnapshot();
      return { runId: this.runId, backend: this.backend, requested: spec.training.backend, trials: [], fallbackMessage: null };
    }
    this.disposeTrainer();
    const data = buildTrainingData(spec, this.table);
    if (!data) throw new Error('This dataset is a table whose rows have not been loaded yet.');
    this.data = data;
    const decision = await chooseBackend(spec, data);
    this.backend = decision.backend;
    this.trainer = new Trainer(spec, data);
    this.newRun(decision.fallbackMessage);
    return {
      runId: this.runId,
      backend: this.backend,
      requested: spec.training.backend,
      trials: decision.trials,
      fallbackMessage: decision.fallbackMessage,
    };
  }

  /** Trains until the spec's epoch count (or, once reached, that many more), or until paused. */
  async start(): Promise<void> {
    const trainer = this.requireTrainer();
    if (this.loop) return;
    const epochs = this.spec!.training.epochs;
    let target: number | null = null;
    if (epochs !== null) target = trainer.epoch < epochs ? epochs : trainer.epoch + epochs;
    this.loop = this.run(target, 'done');
  }

  async pause(): Promise<void> {
    await this.stop();
  }

  /** Exactly one epoch: finishes the epoch in progress, or trains a whole new one. */
  async step(): Promise<void> {
    await this.stop();
    const trainer = this.requireTrainer();
    this.loop = this.run(trainer.epoch + 1, 'paused');
    await this.loop;
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
    return { runId: this.runId, backend: this.backend, requested: spec.training.backend, trials: [], fallbackMessage: null };
  }

  /**
   * A weight or bias the learner typed, written into the model at once: a run in progress goes on
   * from it at its next batch (the loop yields between slices, so no batch is cut in two).
   */
  setParameter(ref: ParameterRef, value: number): void {
    setParameter(this.requireTrainer().built.layers, ref, value);
    this.requestSnapshot();
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
  private newRun(message: string | null, history: readonly LossPoint[] = []): void {
    this.runId++;
    this.status = 'idle';
    this.message = message;
    this.diverged = false;
    // The current epoch's losses (epoch 0: the untrained network's), so the read-outs and chart start from a real value.
    const epoch = this.trainer?.epoch ?? 0;
    this.unsentLosses = this.trainer ? [...history.filter((p) => p.epoch < epoch), this.trainer.evaluate()] : [];
    this.requestSnapshot();
  }

  private async run(targetEpoch: number | null, statusAtTarget: RunStatus): Promise<void> {
    const trainer = this.requireTrainer();
    this.stopRequested = false;
    this.status = 'training';
    // A run resumed after a lost GPU keeps saying so; any other run starts without a message.
    this.message = this.resumeNotice;
    this.resumeNotice = null;
    this.diverged = false;
    this.requestSnapshot();
    let finalStatus: RunStatus = 'paused';
    let gpuLost = false;
    try {
      while (!this.stopRequested) {
        const sliceEnd = performance.now() + SLICE_MS;
        if (webglContextLost()) {
          gpuLost = true;
          break;
        }
        do {
          if (!trainer.trainBatch()) continue;
          const losses = trainer.evaluate();
          this.unsentLosses.push(losses);
          this.gpuWeights.keep(trainer, this.backend);
          if ((!Number.isFinite(losses.train) || !Number.isFinite(losses.test)) && webglContextLost()) {
            gpuLost = true;
            this.unsentLosses.pop();
            this.stopRequested = true;
          } else if (!Number.isFinite(losses.train) || !Number.isFinite(losses.test)) {
            finalStatus = 'error';
            this.message = `Training stopped at epoch ${trainer.epoch}: the loss grew without bound (it is no longer a number). The learning rate (${this.spec!.training.learningRate}) is probably too high for this network, so the steps overshoot and grow; a lower one, or gradient clipping, will keep them in check.`;
            this.diverged = true;
            this.stopRequested = true;
          } else if (targetEpoch !== null && trainer.epoch >= targetEpoch) {
            finalStatus = statusAtTarget;
            this.stopRequested = true;
          }
        } while (!this.stopRequested && performance.now() < sliceEnd);
        this.requestSnapshot();
        if (!this.stopRequested) await yieldToEventLoop();
      }
    } catch (error) {
      if (webglContextLost()) gpuLost = true;
      else {
        // A failing kernel must end the run visibly, never leave the page waiting on a silent worker.
        finalStatus = 'error';
        this.message = `Training stopped on the ${this.backend} backend: ${errorMessage(error)}`;
      }
    }
    const recovered = gpuLost && this.spec && this.data ? await this.gpuWeights.recover(this.spec, this.data, this.trainer) : null;
    if (recovered) {
      this.trainer = recovered.trainer;
      this.backend = recovered.backend;
      this.resumeNotice = recovered.notice;
      this.loop = this.run(targetEpoch, statusAtTarget);
      return;
    }
    this.loop = null;
    if (this.quietStop && finalStatus === 'paused') return;
    this.status = finalStatus;
    this.requestSnapshot();
  }

  /** Ends the training loop; a quiet stop leaves the status as it was, for a pause nobody sees. */
  private async stop(quiet = false): Promise<void> {
    if (!this.loop) return;
    this.stopRequested = true;
    this.quietStop = quiet;
    await this.loop;
    this.quietStop = false;
  }

  private requestSnapshot(): void {
    this.snapshotWanted = true;
    if (!this.snapshotInFlight) void this.sendSnapshot();
  }

  private async sendSnapshot(): Promise<void> {
    const trainer = this.trainer;
    if (!trainer || !this.spec) return;
    this.snapshotWanted = false;
    this.snapshotInFlight = true;
    // While training, pictures come at a rate their cost allows; any other snapshot always has them.
    let pictures: NetworkPictures | null = null;
    const now = performance.now();
    if (this.status !== 'training' || now >= this.nextPicturesAt) {
      pictures = computePictures(trainer);
      const cost = performance.now() - now;
      this.nextPicturesAt = now + Math.max(MIN_PICTURE_INTERVAL_MS, cost * PICTURE_COST_RATIO);
    }
    const snapshot: Snapshot = {
      runId: this.runId,
      status: this.status,
      epoch: trainer.epoch,
      iteration: trainer.iteration,
      iterationsPerEpoch: trainer.iterationsPerEpoch,
      newLosses: this.unsentLosses,
      backend: this.backend,
      pictures,
      message: this.message,
      diverged: this.diverged,
    };
    this.unsentLosses = [];
    try {
      await this.sink(snapshot, pictures ? picturesTransferables(pictures) : []);
    } catch {
      // The page went away or reloaded; the next snapshot tries again.
    }
    this.snapshotInFlight = false;
    if (this.snapshotWanted) void this.sendSnapshot();
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
