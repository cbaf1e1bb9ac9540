import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from '../shared/spec';

const EPSILON = 1e-7;

/**
 * Each loss on predictions p and targets t of shape [points, outputs]:
 * - value: the mean loss per point, what the read-outs show for a whole set;
 * - objective: what one batch minimises (the same, except that a *sum* of squared errors grows
 *   with the batch, which is the point of choosing it);
 * - gradient: d(objective)/dp times `scale`, for the hand-written backward pass.
 */
export interface LossImpl {
  value(p: tf.Tensor, t: tf.Tensor): tf.Scalar;
  objective(p: tf.Tensor, t: tf.Tensor): tf.Scalar;
  gradient(p: tf.Tensor, t: tf.Tensor, scale?: number): tf.Tensor;
}

const points = (p: tf.Tensor) => p.shape[0] ?? 1;
const same = (value: LossImpl['value']): Pick<LossImpl, 'value' | 'objective'> => ({ value, objective: value });

/** Clipped probabilities and where the clip is inactive (outside it the derivative is 0). */
function clipped(p: tf.Tensor) {
  return {
    p: tf.clipByValue(p, EPSILON, 1 - EPSILON),
    inside: tf.logicalAnd(tf.greater(p, EPSILON), tf.less(p, 1 - EPSILON)),
  };
}

export const LOSSES: Record<LossName, LossImpl> = {
  meanSquaredError: {
    ...same((p, t) => tf.mean(tf.squaredDifference(p, t))),
    gradient: (p, t, scale = 1) => tf.mul(tf.sub(p, t), (2 * scale) / p.size),
  },
  sumSquaredError: {
    value: (p, t) => tf.div(tf.sum(tf.squaredDifference(p, t)), points(p)),
    objective: (p, t) => tf.sum(tf.squaredDifference(p, t)),
    gradient: (p, t, scale = 1) => tf.mul(tf.sub(p, t), 2 * scale),
  },
  meanAbsoluteError: {
    ...same((p, t) => tf.mean(tf.abs(tf.sub(p, t)))),
    gradient: (p, t, scale = 1) => tf.mul(tf.sign(tf.sub(p, t)), scale / p.size),
  },
  huber: {
    // δ = 1: quadratic for errors within ±1, linear beyond, as in Keras.
    // Written with min so that tfjs can differentiate it (it has no gradient for comparisons).
    ...same((p, t) => {
      const error = tf.abs(tf.sub(p, t));
      const quadratic = tf.minimum(error, 1);
      return tf.mean(tf.add(tf.mul(0.5, tf.square(quadratic)), tf.sub(error, quadratic)));
    }),
    gradient: (p, t, scale = 1) => tf.mul(tf.clipByValue(tf.sub(p, t), -1, 1), scale / p.size),
  },
  binaryCrossEntropy: {
    ...same((predicted, t) => {
      const { p } = clipped(predicted);
      return tf.neg(tf.mean(tf.add(tf.mul(t, tf.log(p)), tf.mul(tf.sub(1, t), tf.log(tf.sub(1, p)))))) as tf.Scalar;
    }),
    gradient: (predicted, t, scale = 1) => {
      const { p, inside } = clipped(predicted);
      const gradient = tf.div(tf.sub(p, t), tf.mul(tf.mul(p, tf.sub(1, p)), predicted.size / scale));
      return tf.where(inside, gradient, tf.zerosLike(gradient));
    },
  },
  categoricalCrossEntropy: {
    ...same((predicted, t) => tf.div(tf.neg(tf.sum(tf.mul(t, tf.log(clipped(predicted).p)))), points(predicted))),
    gradient: (predicted, t, scale = 1) => {
      const { p, inside } = clipped(predicted);
      const gradient = tf.div(tf.mul(t, -scale / points(predicted)), p);
      return tf.where(inside, gradient, tf.zerosLike(gradient));
    },
  },
  hinge: {
    // Targets are ±1; the output is a score whose sign is the class.
    ...same((p, t) => tf.mean(tf.relu(tf.sub(1, tf.mul(t, p))))),
    gradient: (p, t, scale = 1) => tf.where(tf.greater(tf.sub(1, tf.mul(t, p)), 0), tf.mul(t, -scale / p.size), tf.zerosLike(p)),
  },
};
