import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from '../shared/spec';

const EPSILON = 1e-7;

/** Each loss returns the mean over all samples as a scalar. */
export const LOSSES: Record<LossName, (predicted: tf.Tensor, target: tf.Tensor) => tf.Scalar> = {
  meanSquaredError: (predicted, target) => tf.mean(tf.squaredDifference(predicted, target)),
  binaryCrossEntropy: (predicted, target) => {
    const p = tf.clipByValue(predicted, EPSILON, 1 - EPSILON);
    const perSample = tf.add(tf.mul(target, tf.log(p)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, p))));
    return tf.neg(tf.mean(perSample)) as tf.Scalar;
  },
};
