import * as tf from '@tensorflow/tfjs-core';
import type { SplitData } from '../data/trainTestSplit';
import type { PointSet } from '../data/datasets';
import { featureMatrix } from '../data/features';
import type { LossPoint, LayerWeights } from '../shared/engineTypes';
import { createRandom, shuffleInPlace, type Random } from '../shared/random';
import { problemTypeOf, type PlaygroundSpec } from '../shared/spec';
import { denseGradients, sgdStep, type LossImplementation } from './backprop';
import { LOSSES } from './losses';
import { buildModel, forward, readWeights, type PlaygroundModel } from './model';
import { OPTIMIZERS } from './optimizers';

interface DataTensors {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
}

/** Targets follow the output's range: ±1 for tanh, 0/1 for sigmoid; regression values as they are. */
export function targetsFor(labels: Float32Array, spec: PlaygroundSpec): Float32Array {
  const classification = problemTypeOf(spec.data.dataset) === 'classification';
  if (!classification || spec.network.outputActivation !== 'sigmoid') return labels;
  return labels.map((label) => (label > 0 ? 1 : 0));
}

function toTensors(points: PointSet, spec: PlaygroundSpec): DataTensors {
  const width = spec.network.features.length;
  const count = points.labels.length;
  return {
    x: tf.tensor2d(featureMatrix(points.x1, points.x2, spec.network.features), [count, width]),
    y: tf.tensor2d(targetsFor(points.labels, spec), [count, 1]),
  };
}

/**
 * Owns one run: the model, its optimizer, the data on the backend and the shuffling generator.
 * Training goes one batch at a time so the run loop can slice time finely.
 */
export class Trainer {
  readonly built: PlaygroundModel;
  readonly iterationsPerEpoch: number;
  epoch = 0;
  iteration = 0;
  private readonly train: DataTensors;
  private readonly test: DataTensors;
  private readonly optimizer: tf.Optimizer;
  private readonly random: Random;
  private readonly batchSize: number;
  private readonly trainCount: number;
  private readonly loss: LossImplementation;
  private epochData: DataTensors | null = null;
  private learningRate: number;

  constructor(readonly spec: PlaygroundSpec, data: SplitData) {
    this.built = buildModel(spec.network, spec.training.seed);
    this.train = toTensors(data.train, spec);
    this.test = toTensors(data.test, spec);
    this.trainCount = data.train.labels.length;
    this.batchSize = Math.max(1, Math.min(spec.training.batchSize, this.trainCount));
    this.iterationsPerEpoch = Math.ceil(this.trainCount / this.batchSize);
    this.optimizer = OPTIMIZERS[spec.training.optimizer](spec.training.learningRate);
    this.learningRate = spec.training.learningRate;
    this.loss = LOSSES[spec.training.loss];
    this.random = createRandom(spec.training.seed ^ 0x2545f491);
  }

  /** One optimizer update on the next batch. Returns true when it completed an epoch. */
  trainBatch(): boolean {
    if (this.epochData === null) this.epochData = this.shuffledTrainingSet();
    const start = this.iteration * this.batchSize;
    const size = Math.min(this.batchSize, this.trainCount - start);
    const { x, y } = this.epochData;
    tf.tidy(() => {
      const xb = tf.slice(x, [start, 0], [size, -1]);
      const yb = tf.slice(y, [start, 0], [size, -1]);
      if (this.optimizer instanceof tf.SGDOptimizer) sgdStep(this.built.layers, xb, yb, this.loss, this.learningRate);
      else this.optimizer.applyGradients(denseGradients(this.built.layers, xb, yb, this.loss));
    });
    this.iteration++;
    if (this.iteration < this.iterationsPerEpoch) return false;
    this.epochData.x.dispose();
    this.epochData.y.dispose();
    this.epochData = null;
    this.iteration = 0;
    this.epoch++;
    return true;
  }

  trainEpoch(): void {
    while (!this.trainBatch()) {
      /* keep going until the epoch completes */
    }
  }

  /** True mean loss over the whole training set and the whole test set, read back in one transfer. */
  evaluate(): LossPoint {
    const values = tf.tidy(() => {
      const lossOf = (set: DataTensors) =>
        set.y.shape[0] === 0 ? tf.scalar(NaN) : this.loss.value(forward(this.built.layers, set.x).at(-1)!, set.y);
      return tf.stack([lossOf(this.train), lossOf(this.test)]);
    });
    const [train, test] = values.dataSync();
    values.dispose();
    return { epoch: this.epoch, train, test };
  }

  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
    // SGD caches -learningRate as a tensor, so it needs its setter; the others read the field each step.
    if (this.optimizer instanceof tf.SGDOptimizer) this.optimizer.setLearningRate(learningRate);
    else (this.optimizer as unknown as { learningRate: number }).learningRate = learningRate;
  }

  weights(): LayerWeights[] {
    return readWeights(this.built.layers);
  }

  dispose(): void {
    this.epochData?.x.dispose();
    this.epochData?.y.dispose();
    this.epochData = null;
    for (const set of [this.train, this.test]) {
      set.x.dispose();
      set.y.dispose();
    }
    // model.dispose() leaves the optimizer's slot variables behind.
    this.optimizer.dispose();
    this.built.model.dispose();
  }

  private shuffledTrainingSet(): DataTensors {
    const order = Int32Array.from({ length: this.trainCount }, (_, i) => i);
    shuffleInPlace(order, this.random);
    return tf.tidy(() => {
      const indices = tf.tensor1d(order, 'int32');
      return { x: tf.gather(this.train.x, indices), y: tf.gather(this.train.y, indices) };
    });
  }
}
