import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerName, TrainingSpec } from '../shared/spec';
import { AdadeltaOptimizer } from './adadelta';

/**
 * Batch gradient descent, SGD and mini-batch SGD are the same update rule; they differ in how many
 * points feed one update (see effectiveBatchSize).
 */
export const OPTIMIZERS: Record<OptimizerName, (t: TrainingSpec) => tf.Optimizer> = {
  batchGd: (t) => tf.train.sgd(t.learningRate),
  sgd: (t) => tf.train.sgd(t.learningRate),
  miniBatchSgd: (t) => tf.train.sgd(t.learningRate),
  momentum: (t) => tf.train.momentum(t.learningRate, t.momentum),
  adam: (t) => tf.train.adam(t.learningRate, t.beta1, t.beta2, t.epsilon),
  adagrad: (t) => tf.train.adagrad(t.learningRate),
  rmsprop: (t) => tf.train.rmsprop(t.learningRate, t.rho, 0, t.epsilon),
  adadelta: (t) => new AdadeltaOptimizer(t.learningRate, t.rho, t.epsilon),
  adamax: (t) => tf.train.adamax(t.learningRate, t.beta1, t.beta2, t.epsilon),
};

/** Plain gradient descent, which the trainer may apply with its fused fast path. */
export const isPlainGradientDescent = (name: OptimizerName) => name === 'batchGd' || name === 'sgd' || name === 'miniBatchSgd';
