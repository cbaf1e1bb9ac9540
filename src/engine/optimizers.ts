import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerName } from '../shared/spec';

export const OPTIMIZERS: Record<OptimizerName, (learningRate: number) => tf.Optimizer> = {
  sgd: (learningRate) => tf.train.sgd(learningRate),
  adam: (learningRate) => tf.train.adam(learningRate),
};
