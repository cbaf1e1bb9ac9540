import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from '../shared/spec';

const EPSILON = 1e-7;

interface LossImpl {
  /** Mean over all samples and outputs, as a scalar. */
  value(predicted: tf.Tensor, target: tf.Tensor): tf.Scalar;
  /** d(value)/d(predicted) times `scale`, for the hand-written backward pass. */
  gradient(predicted: tf.Tensor, target: tf.Tensor, scale?: number): tf.Tensor;
}

export const LOSSES: Record<LossName, LossImpl> = {
  meanSquaredError: {
    value: (predicted, target) => tf.mean(tf.squaredDifference(predicted, target)),
    gradient: (predicted, target, scale = 1) => tf.mul(tf.sub(predicted, target), (2 * scale) / predicted.size),
  },
  binaryCrossEntropy: {
    value: (predicted, target) => {
      const p = tf.clipByValue(predicted, EPSILON, 1 - EPSILON);
      const perSample = tf.add(tf.mul(target, tf.log(p)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, p))));
      return tf.neg(tf.mean(perSample)) as tf.Scalar;
    },
    gradient: (predicted, target, scale = 1) => {
      // Inside the clip the derivative is (p - t) / (p (1 - p)); outside it the clip makes it 0.
      const p = tf.clipByValue(predicted, EPSILON, 1 - EPSILON);
      const inside = tf.logicalAnd(tf.greater(predicted, EPSILON), tf.less(predicted, 1 - EPSILON));
      const gradient = tf.div(tf.sub(p, target), tf.mul(tf.mul(p, tf.sub(1, p)), predicted.size / scale));
      return tf.where(inside, gradient, tf.zerosLike(gradient));
    },
  },
};
