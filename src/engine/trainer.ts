import * as tf from '@tensorflow/tfjs-core';
import type { TrainingData } from '../data/trainingData';
import { assertNever } from '../shared/assertNever';
import type { ExampleValues, LabelledSet, Targets } from '../shared/dataContract';
import type { ConfusionMatrix, LayerHealth, LayerWeights, LossPoint } from '../shared/engineTypes';
import { createRandom, shuffleInPlace, type Random } from '../shared/random';
import { inferShapes } from '../shared/layers/inferShapes';
import { effectiveBatchSize, problemTypeOf, type PlaygroundSpec } from '../shared/spec';
import { autodiffGradients, clipByGlobalNorm, denseGradients, isDenseStack, sgdStep } from './backprop';
import { LOSSES, type LossImpl } from './losses';
import { answerOf, buildModel, finalOutput, forward, predictionRows, readWeights, type PlaygroundModel } from './model';
import { isPlainGradientDescent, OPTIMIZERS } from './optimizers';
import { decisionThreshold, encodeTargets } from './targets';

interface DataTensors {
  /** [count, ...example shape]: [count, F] for feature vectors, [count, H, W, C] for images. */
  x: tf.Tensor;
  /** [count, width], or [count, steps · width] for a target at every step. */
  y: tf.Tensor2D;
  /** Class index per example, or per step of each example: [count, 1] or [count, steps] (classification only). */
  classes: tf.Tensor2D | null;
}

/** Examples on the backend as the network reads them: image bytes become grey levels 0..1. */
function examplesTensor(values: ExampleValues, shape: number[]): tf.Tensor {
  if (values instanceof Float32Array) return tf.tensor(values, shape);
  return tf.tidy(() => tf.div(tf.tensor(values, shape, 'int32'), 255));
}

/** A class index or a value per example (or per step of it), and how many there are per example. */
function labelsOf(targets: Targets): { labels: Float32Array; steps: number } {
  switch (targets.kind) {
    case 'class':
    case 'value':
      return { labels: targets.values, steps: 1 };
    case 'perStep':
      return { labels: targets.values, steps: targets.steps };
    default:
      return assertNever(targets);
  }
}

/** Training points the per-layer health probe looks at (the first ones, in the stored order). */
export const PROBE_POINTS = 64;
/** Rows per evaluation pass: 500 points go in one, 10,000 images in a few of bounded size. */
const EVALUATION_CHUNK_ROWS = 2048;

/**
 * Owns one run: the model, its optimizer, the data on the backend and the shuffling generator.
 * Training goes one batch at a time so the run loop can slice time finely.
 */
export class Trainer {
  readonly built: PlaygroundModel;
  readonly iterationsPerEpoch: number;
  readonly classification: boolean;
  epoch = 0;
  iteration = 0;
  private readonly train: DataTensors;
  private readonly test: DataTensors;
  private readonly optimizer: tf.Optimizer;
  private readonly random: Random;
  private readonly batchSize: number;
  private readonly trainCount: number;
  private readonly loss: LossImpl;
  private readonly useFastSgd: boolean;
  private epochData: DataTensors | null = null;
  private learningRate: number;
  private steps = 0;

  /**
   * `data.preview` may be replaced while training: it only decides what the pictures show.
   * `evaluationChunk`: most rows one evaluation pass sends through the network at once.
   */
  constructor(
    readonly spec: PlaygroundSpec,
    readonly data: TrainingData,
    private readonly evaluationChunk = EVALUATION_CHUNK_ROWS,
  ) {
    this.classification = problemTypeOf(spec.data) === 'classification';
    this.built = buildModel(inferShapes(spec), spec.training.seed);
    this.train = this.toTensors(data.train);
    this.test = this.toTensors(data.test);
    this.trainCount = data.train.count;
    this.batchSize = effectiveBatchSize(spec.training, this.trainCount);
    this.iterationsPerEpoch = Math.max(1, Math.ceil(this.trainCount / this.batchSize));
    this.optimizer = OPTIMIZERS[spec.training.optimizer](spec.training);
    this.learningRate = spec.training.learningRate;
    this.loss = LOSSES[spec.training.loss];
    this.random = createRandom(spec.training.seed ^ 0x2545f491);
    this.useFastSgd = isPlainGradientDescent(spec.training.optimizer) && spec.training.gradientClip === 0 && isDenseStack(this.built.layers);
  }

  /** One optimizer update on the next batch. Returns true when it completed an epoch. */
  trainBatch(): boolean {
    if (this.trainCount === 0) return this.finishEpoch();
    if (this.epochData === null) this.epochData = this.shuffledTrainingSet();
    const start = this.iteration * this.batchSize;
    const size = Math.min(this.batchSize, this.trainCount - start);
    const { x, y } = this.epochData;
    tf.tidy(() => {
      const xb = tf.slice(x, [start], [size]);
      const yb = tf.slice(y, [start, 0], [size, -1]);
      this.step(xb, yb);
    });
    this.steps++;
    this.iteration++;
    if (this.iteration < this.iterationsPerEpoch) return false;
    this.epochData.x.dispose();
    this.epochData.y.dispose();
    this.epochData = null;
    return this.finishEpoch();
  }

  trainEpoch(): void {
    while (!this.trainBatch()) {
      /* keep going until the epoch completes */
    }
  }

  /**
   * True mean loss (and accuracy) over the whole training and test sets, read back in one transfer.
   * Sets go through the network in bounded chunks, so memory stays bounded whatever their size; every
   * loss is a mean per point, so chunk means weighted by their rows give the set's mean exactly.
   */
  evaluate(): LossPoint {
    const totals = (set: DataTensors): tf.Tensor1D => {
      if (set.y.shape[0] === 0) return tf.tensor1d([NaN, NaN]);
      const sums = this.inChunks(set, (x, y, classes) => {
        const { p, t } = predictionRows(finalOutput(forward(this.built.layers, x)), y);
        // With a class at every step, accuracy is the share of right steps: counted per example here.
        const correct = classes ? tf.div(tf.sum(tf.cast(tf.equal(this.predictedClasses(p), tf.reshape(classes, [-1])), 'float32')), classes.shape[1]) : tf.scalar(NaN);
        return tf.stack([tf.mul(this.loss.value(p, t), x.shape[0]), correct]);
      });
      const mean = tf.tidy(() => tf.div(tf.addN(sums), set.y.shape[0]) as tf.Tensor1D);
      tf.dispose(sums);
      return mean;
    };
    const train = totals(this.train);
    const test = totals(this.test);
    const values = tf.concat([train, test]);
    tf.dispose([train, test]);
    const [trainLoss, trainAccuracy, testLoss, testAccuracy] = values.dataSync();
    values.dispose();
    const orNull = (v: number) => (this.classification ? v : null);
    return { epoch: this.epoch, train: trainLoss, test: testLoss, trainAccuracy: orNull(trainAccuracy), testAccuracy: orNull(testAccuracy) };
  }

  /** Counts of (actual, predicted) classes over the test set (over every step, for a class at every step). */
  confusionMatrix(classified = this.testClasses()): ConfusionMatrix | null {
    if (!classified) return null;
    // One-hot targets have a column per class; a single output unit separates two classes.
    const classes = Math.max(2, this.test.y.shape[1] / this.test.classes!.shape[1]);
    const counts = new Array<number>(classes * classes).fill(0);
    classified.actual.forEach((a, i) => counts[a * classes + classified.predicted[i]]++);
    return { classes, counts };
  }

  /** The predicted and the actual class of every test example; null for regression or an empty test set. */
  testClasses(): { predicted: Int32Array; actual: Int32Array } | null {
    if (!this.test.classes || this.test.y.shape[0] === 0) return null;
    const guesses = this.inChunks(this.test, (x, y) => this.predictedClasses(predictionRows(finalOutput(forward(this.built.layers, x)), y).p));
    const predicted = tf.concat(guesses);
    tf.dispose(guesses);
    const classes = { predicted: Int32Array.from(predicted.dataSync()), actual: Int32Array.from(this.test.classes.dataSync()) };
    predicted.dispose();
    return classes;
  }

  /** One test example as the network reads it: [1, ...example shape]. Call inside tf.tidy. */
  testExample(index: number): tf.Tensor {
    return tf.slice(this.test.x, [index], [1]);
  }

  /** The first output for every test point (a copy, safe to transfer). */
  testPredictions(): Float32Array {
    return this.firstOutputs(this.test);
  }

  /** The first output for every training example then every test example, in stored order (time order for series). */
  allPredictions(): Float32Array {
    const train = this.firstOutputs(this.train);
    const test = this.firstOutputs(this.test);
    const all = new Float32Array(train.length + test.length);
    all.set(train);
    all.set(test, train.length);
    return all;
  }

  private firstOutputs(set: DataTensors): Float32Array {
    const parts = this.inChunks(set, (x) => tf.slice(answerOf(finalOutput(forward(this.built.layers, x))), [0, 0], [-1, 1]));
    const values = tf.concat(parts);
    tf.dispose(parts);
    const predictions = (values.dataSync() as Float32Array).slice();
    values.dispose();
    return predictions;
  }

  /** Mean |gradient| and output spread per layer, on the first training points. */
  health(): LayerHealth[] {
    const count = Math.min(PROBE_POINTS, this.trainCount);
    if (count === 0) return [];
    const values = tf.tidy(() => {
      const x = tf.slice(this.train.x, [0], [count]);
      const y = tf.slice(this.train.y, [0, 0], [count, -1]);
      const { layers } = this.built;
      const gradients = isDenseStack(layers) ? denseGradients(layers, x as tf.Tensor2D, y, this.loss) : this.probeGradients(x, y);
      const pass = forward(layers, x);
      const perLayer = layers.flatMap((layer, i) => {
        const { kernel } = layer;
        return [kernel ? tf.mean(tf.abs(gradients[kernel.name])) : tf.scalar(NaN), tf.sqrt(tf.moments(pass.outputs[i]).variance)];
      });
      return tf.stack(perLayer);
    });
    const flat = values.dataSync();
    values.dispose();
    return this.built.layers.map((layer, i) => ({
      meanAbsGradient: layer.kernel ? flat[2 * i] : null,
      activationStd: flat[2 * i + 1],
    }));
  }

  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
    // SGD and momentum cache -learningRate as a tensor, so they need their setter; the others read the
    // field at each step. (Not `instanceof tf.SGDOptimizer`: tfjs optimizers answer instanceof by duck
    // typing, so every optimizer passes it.)
    const optimizer = this.optimizer as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
    if (typeof optimizer.setLearningRate === 'function') optimizer.setLearningRate(learningRate);
    else optimizer.learningRate = learningRate;
  }

  weights(): LayerWeights[] {
    // The diagram draws an image's channels as its inputs (one for grey images).
    return readWeights(this.built.layers, this.data.example.shape.at(-1) ?? 1);
  }

  dispose(): void {
    this.epochData?.x.dispose();
    this.epochData?.y.dispose();
    this.epochData = null;
    for (const set of [this.train, this.test]) tf.dispose([set.x, set.y, ...(set.classes ? [set.classes] : [])]);
    // model.dispose() leaves the optimizer's slot variables behind.
    this.optimizer.dispose();
    this.built.model.dispose();
  }

  private step(xb: tf.Tensor, yb: tf.Tensor2D): void {
    const { layers } = this.built;
    if (this.useFastSgd && isDenseStack(layers)) {
      sgdStep(layers, xb as tf.Tensor2D, yb, this.loss, this.learningRate);
      return;
    }
    const gradients = isDenseStack(layers) ? denseGradients(layers, xb as tf.Tensor2D, yb, this.loss) : this.autodiff(xb, yb, this.steps + 1);
    const clip = this.spec.training.gradientClip;
    this.optimizer.applyGradients(clip > 0 ? clipByGlobalNorm(gradients, clip) : gradients);
  }

  /**
   * Gradients on the probe batch without training on it: a training-mode pass moves batch norm's
   * moving statistics, so they are put back as they were.
   */
  private probeGradients(x: tf.Tensor, y: tf.Tensor2D): tf.NamedTensorMap {
    const stateful = this.built.layers.flatMap((layer) => layer.stateful);
    const saved = stateful.map((variable) => tf.clone(variable));
    const gradients = this.autodiff(x, y, 0);
    stateful.forEach((variable, i) => variable.assign(saved[i]));
    return gradients;
  }

  private autodiff(x: tf.Tensor, y: tf.Tensor2D, dropoutSeed: number) {
    return autodiffGradients(this.built.layers, this.built.variables, x, y, this.loss, this.spec.training.seed * 7919 + dropoutSeed);
  }

  /** `work` on each chunk of at most `evaluationChunk` rows, each in its own tidy: only its result lives on. */
  private inChunks<T extends tf.Tensor>(set: DataTensors, work: (x: tf.Tensor, y: tf.Tensor2D, classes: tf.Tensor2D | null) => T): T[] {
    const rows = set.x.shape[0];
    const results: T[] = [];
    for (let start = 0; start < rows; start += this.evaluationChunk) {
      const size = Math.min(this.evaluationChunk, rows - start);
      results.push(
        tf.tidy(() => {
          if (size === rows) return work(set.x, set.y, set.classes);
          const classes = set.classes ? tf.slice(set.classes, [start, 0], [size, -1]) : null;
          return work(tf.slice(set.x, [start], [size]), tf.slice(set.y, [start, 0], [size, -1]), classes);
        }),
      );
    }
    return results;
  }

  /** The class each row of the network's output stands for (argmax, or one output against its threshold). */
  predictedClasses(predicted: tf.Tensor): tf.Tensor1D {
    if (predicted.shape[1]! > 1) return tf.cast(tf.argMax(predicted, 1), 'int32') as tf.Tensor1D;
    return tf.cast(tf.greater(tf.reshape(predicted, [-1]), decisionThreshold(this.spec)), 'int32') as tf.Tensor1D;
  }

  private finishEpoch(): true {
    this.iteration = 0;
    this.epoch++;
    return true;
  }

  private toTensors(set: LabelledSet<ExampleValues>): DataTensors {
    const { labels, steps } = labelsOf(set.targets);
    const targets = encodeTargets(labels, this.spec);
    return {
      x: examplesTensor(set.x, [set.count, ...this.data.example.shape]),
      y: tf.tensor2d(targets.values, [set.count, steps * targets.width]),
      classes: this.classification ? tf.tensor2d(Int32Array.from(labels), [set.count, steps], 'int32') : null,
    };
  }

  private shuffledTrainingSet(): DataTensors {
    const order = Int32Array.from({ length: this.trainCount }, (_, i) => i);
    shuffleInPlace(order, this.random);
    const [x, y] = tf.tidy(() => {
      const indices = tf.tensor1d(order, 'int32');
      return [tf.gather(this.train.x, indices), tf.gather(this.train.y, indices)];
    });
    return { x, y: y as tf.Tensor2D, classes: null };
  }
}
