import type { TableDataset } from '../data/csv/tableDataset';
import { buildTrainingData, type TrainingData } from '../data/trainingData';
import { exampleSize, type TrainingRows } from '../shared/dataContract';
import type { ImageChoice } from '../shared/imagePictures';
import { ImageSets } from './imageSetLoader';
import type { ConfigureResult, EngineNotice, ExportedModel, LossPoint, ParameterRef, RunStatus, StartResult } from '../shared/engineTypes';
import { isImageDataset, type BackendName, type PlaygroundSpec } from '../shared/spec';
import * as tf from '@tensorflow/tfjs-core';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import { webglContextLost } from './backends';
import { sameRunShape } from '../shared/sameRunShape';
import { chooseBackend } from './backendChoice';
import { exportLayersModel } from './exportModel';
import { trainerFromExport } from './importModel';
import type { ImportableModel } from '../shared/modelImportSchema';
import { finalOutput, forward } from './model';
import { SnapshotPump, type SnapshotSink } from './snapshotPump';
import { endOfRun, type RunPlan, type StopReason } from './stopReason';
import { GpuWeightKeeper } from './gpuRecovery';
import { Trainer } from './trainer';
import { yieldToEventLoop } from './yieldToEventLoop';
import { setParameter } from './weightEdit';
import { errorMessage } from '../shared/async';

/** Training runs in slices this long between looks at the message queue (pause, step, acks). */
const SLICE_MS = 10;
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
  private stopRequested = false;
  private loop: Promise<void> | null = null;
  /** What the loop in progress is for; a Train pressed during a Step turns it into a Train. */
  private plan: RunPlan = { targetEpoch: null, statusAtTarget: 'done' };
  /** Tells a Step waiting for its epoch that a Train has taken its loop over. */
  private planTakenOver: () => void = () => undefined;
  private readonly snapshots: SnapshotPump;
  private imageChoice: ImageChoice = { source: 'test', index: 0 };

  /** `gpu`: how a lost WebGL context is seen and survived (tests pass their own). */
  constructor(
    sink: SnapshotSink,
    private readonly gpu: { contextLost: () => boolean; weights: Pick<GpuWeightKeeper, 'keep' | 'recover'> } = { contextLost: webglContextLost, weights: new GpuWeightKeeper() },
    private readonly imageSets = new ImageSets(),
  ) {
    this.snapshots = new SnapshotPump(sink, () =>
      this.trainer && this.spec ? { trainer: this.trainer, runId: this.runId, status: this.status, backend: this.backend, notice: this.notice, imageChoice: this.imageChoice } : null,
    );
  }

  /** `table` carries the rows of a table dataset (a link holds only its column roles). */
  async configure(spec: PlaygroundSpec, table?: TableDataset | null): Promise<ConfigureResult> {
    const running = this.runningPlan();
    // Unseen: a run that carries on must not flash "paused" (nor make the page save it).
    await this.stop(true);
    const previous = this.spec;
    this.spec = spec;
    // undefined keeps the rows already here; a new table always starts a new run.
    const newTable = table !== undefined;
    if (newTable) this.table = table;
    if (previous && this.trainer && !newTable && sameRunShape(previous, spec)) {
      // Learning rate and epoch count apply to the run in progress, which carries on.
      this.trainer.setLearningRate(spec.training.learningRate);
      const data = await this.dataFor(spec, this.table);
      if (data) this.trainer.data.preview = data.preview;
      const refusal = running ? this.resume(running) : null;
      if (!running) this.snapshots.request();
      return { runId: this.runId, backend: this.backend, requested: spec.training.backend, trials: [], fallback: null, refusal, preview: this.trainer.data.preview };
    }
    this.disposeTrainer();
    const data = await this.dataFor(spec, this.table);
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
      refusal: null,
      preview: data.preview,
    };
  }

  /**
   * Trains until the spec's epoch count, or until paused. At or past that count nothing starts:
   * the page says so, instead of a Train that silently does nothing.
   */
  async start(): Promise<StartResult> {
    const trainer = this.requireTrainer();
    await this.loopEnding();
    const limit = this.spec!.training.epochs;
    if (this.loop) {
      // A Step in progress becomes a Train: Train must always train.
      this.plan = { targetEpoch: limit, statusAtTarget: 'done' };
      this.planTakenOver();
      return { started: true };
    }
    if (limit !== null && trainer.epoch >= limit) return { started: false, reason: 'epochLimitReached', epoch: trainer.epoch, limit };
    this.launch({ targetEpoch: limit, statusAtTarget: 'done' });
    return { started: true };
  }

  async pause(): Promise<void> {
    await this.stop();
  }

  /** Exactly one epoch: finishes the epoch in progress, or trains a whole new one. */
  async step(): Promise<void> {
    await this.stop();
    const trainer = this.requireTrainer();
    const plan: RunPlan = { targetEpoch: trainer.epoch + 1, statusAtTarget: 'paused' };
    const loop = this.launch(plan);
    // Answered once the epoch is done, or once a Train took the loop over (it may never end).
    await Promise.race([loop, new Promise<void>((resolve) => (this.planTakenOver = resolve))]);
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
    const running = this.runningPlan();
    await this.stop(true);
    try {
      return await exportLayersModel(this.requireTrainer(), metadata);
    } finally {
      if (running) this.resume(running);
    }
  }

  /**
   * Replaces the run with an exported model: its settings, its weights, and its epoch count, so
   * training continues from it. Everything is checked before anything is replaced.
   */
  async importModel(model: ImportableModel, table?: TableDataset | null): Promise<ConfigureResult> {
    const { spec } = model.metadata;
    const data = await this.dataFor(spec, table === undefined ? this.table : table);
    if (!data) throw new Error('This model was trained on a table whose rows are not loaded.');
    const candidate = await trainerFromExport(model, data);
    await this.stop();
    this.disposeTrainer();
    if (table !== undefined) this.table = table;
    this.spec = spec;
    this.data = data;
    this.trainer = candidate;
    this.newRun(null, model.metadata.lossHistory);
    return { runId: this.runId, backend: this.backend, requested: spec.training.backend, trials: [], fallback: null, refusal: null, preview: this.requireTrainer().data.preview };
  }

  /**
   * A weight or bias the learner typed, written into the model at once: a run in progress goes on
   * from it at its next batch (the loop yields between slices, so no batch is cut in two).
   */
  setParameter(ref: ParameterRef, value: number): void {
    setParameter(this.requireTrainer().built.layers, ref, value);
    this.snapshots.request();
  }

  /** Rows for a spec: a table's from the rows sent, an image set's from its shipped file (read once). */
  private async dataFor(spec: PlaygroundSpec, table: TableDataset | null): Promise<TrainingData | null> {
    const images = isImageDataset(spec.data.dataset) ? await this.imageSets.load(spec.data.dataset) : null;
    return buildTrainingData(spec, table, images);
  }

  /** The example the image pictures follow; the pictures of it come with the next snapshot. */
  chooseImage(choice: ImageChoice): void {
    // The page is not trusted: a drawing of the wrong size or a test index out of range is refused.
    const example = this.trainer?.data.example;
    if (choice.source === 'drawn' && !(choice.pixels instanceof Uint8Array && example && choice.pixels.length === exampleSize(example))) {
      throw new RangeError('A drawing must have one grey level per pixel of the image set.');
    }
    if (choice.source === 'test' && !(Number.isInteger(choice.index) && choice.index >= 0)) throw new RangeError('A test image is chosen by its index.');
    this.imageChoice = choice;
    this.snapshots.request();
  }

  /** The rows of the run, as the trainer has them (Export code writes them into its program). */
  trainingRows(): TrainingRows | null {
    if (!this.trainer) return null;
    const { example, train, test } = this.trainer.data;
    return { example, train, test };
  }

  /** The model's outputs (row-major, count × outputs) for network inputs (count × input width). */
  predict(inputs: Float32Array, count: number): Float32Array {
    const trainer = this.requireTrainer();
    const values = tf.tidy(() => finalOutput(forward(trainer.built.layers, tf.tensor(inputs, [count, ...trainer.data.example.shape]))));
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

  /** The plan of the loop in progress, unless it is already stopping. */
  private runningPlan(): RunPlan | null {
    return this.loop && !this.stopRequested ? { ...this.plan } : null;
  }

  /**
   * Carries on a run that was stopped unseen, to the same end: a Step to its epoch, a Train to the
   * (maybe changed) epoch limit. A limit now at or below the epoch reached ends the run as done,
   * and the refusal says so.
   */
  private resume(plan: RunPlan): { epoch: number; limit: number } | null {
    const { epoch } = this.requireTrainer();
    const limit = this.spec!.training.epochs;
    const target = plan.statusAtTarget === 'paused' ? plan.targetEpoch : limit;
    if (target === null || epoch < target) {
      void this.launch({ targetEpoch: target, statusAtTarget: plan.statusAtTarget });
      return null;
    }
    this.status = plan.statusAtTarget;
    this.snapshots.request();
    return plan.statusAtTarget === 'done' && limit !== null ? { epoch, limit } : null;
  }

  /**
   * The one place a training loop begins. The loop is owned through `this.loop` until it has really
   * ended, however it ends: a loop that finished before its first await (a fast Step) used to clear
   * `this.loop` before its caller stored it, so every later Train saw a loop that never ended.
   */
  private launch(plan: RunPlan): Promise<void> {
    this.plan = plan;
    // Cleared here only: a stop asked for while the loop awaits (a GPU recovery) must hold.
    this.stopRequested = false;
    const loop: Promise<void> = this.trainUntilEnd().finally(() => {
      if (this.loop === loop) this.loop = null;
    });
    this.loop = loop;
    return loop;
  }

  /** Waits for a loop that was asked to stop; a loop still training is left running. */
  private async loopEnding(): Promise<void> {
    while (this.loop && this.stopRequested) await this.loop;
  }

  private async trainUntilEnd(): Promise<void> {
    let reason = await this.trainSlices(this.requireTrainer());
    while (reason.kind === 'gpuLost') {
      const recovered = this.spec && this.data ? await this.gpu.weights.recover(this.spec, this.data, this.trainer) : null;
      if (!recovered) break;
      this.trainer = recovered.trainer;
      this.backend = recovered.backend;
      if (this.stopRequested) {
        this.notice = recovered.notice;
        reason = { kind: 'requested' };
      } else {
        this.resumeNotice = recovered.notice;
        reason = await this.trainSlices(recovered.trainer);
      }
    }
    const end = endOfRun(reason, this.plan, { learningRate: this.spec!.training.learningRate, backend: this.backend });
    if (end.notice) this.notice = end.notice;
    if (this.quietStop && end.status === 'paused') return;
    this.status = end.status;
    this.snapshots.request();
  }

  /** Trains in time slices, a snapshot after each, until the target, a stop request or a failure. */
  private async trainSlices(trainer: Trainer): Promise<StopReason> {
    this.status = 'training';
    // A run resumed after a lost GPU keeps saying so; any other run starts without a notice.
    this.notice = this.resumeNotice;
    this.resumeNotice = null;
    this.snapshots.request();
    try {
      for (;;) {
        if (this.stopRequested) return { kind: 'requested' };
        if (this.gpu.contextLost()) return { kind: 'gpuLost' };
        const sliceEnd = performance.now() + SLICE_MS;
        do {
          if (!trainer.trainBatch()) continue;
          const losses = trainer.evaluate();
          this.gpu.weights.keep(trainer, this.backend);
          if (!Number.isFinite(losses.train) || !Number.isFinite(losses.test)) {
            if (this.gpu.contextLost()) return { kind: 'gpuLost' };
            this.snapshots.addLoss(losses);
            return { kind: 'diverged', epoch: trainer.epoch };
          }
          this.snapshots.addLoss(losses);
          // Read each time: a Train pressed during a Step moves the target.
          if (this.plan.targetEpoch !== null && trainer.epoch >= this.plan.targetEpoch) return { kind: 'target' };
        } while (!this.stopRequested && performance.now() < sliceEnd);
        this.snapshots.request();
        await yieldToEventLoop();
      }
    } catch (error) {
      return this.gpu.contextLost() ? { kind: 'gpuLost' } : { kind: 'failed', error: errorMessage(error) };
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
