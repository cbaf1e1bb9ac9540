import * as tf from '@tensorflow/tfjs-core';
import type { ActivationName } from '../shared/spec';

const SELU_SCALE = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;
const INV_SQRT_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

interface ActivationImpl {
  /** Activation that tf.fused.matMul applies and differentiates in the same kernel, if any. */
  fused: 'linear' | 'relu' | null;
  apply(z: tf.Tensor, slope: number): tf.Tensor;
  /**
   * d(output)/d(input), elementwise, from the pre-activation z and the output a (whichever is
   * cheaper); null means 1. Softmax is not elementwise and is handled by the backward pass itself.
   */
  derivative: ((z: tf.Tensor, a: tf.Tensor, slope: number) => tf.Tensor) | null;
}

const gelu = (z: tf.Tensor) => tf.mul(z, tf.mul(0.5, tf.add(1, tf.erf(tf.mul(z, INV_SQRT_2)))));

export const ACTIVATIONS: Record<ActivationName, ActivationImpl> = {
  relu: { fused: 'relu', apply: (z) => tf.relu(z), derivative: (_z, a) => tf.step(a) },
  leakyRelu: {
    fused: null,
    apply: (z, slope) => tf.leakyRelu(z, slope),
    derivative: (z, _a, slope) => tf.where(tf.greater(z, 0), tf.onesLike(z), tf.fill(z.shape, slope)),
  },
  sigmoid: { fused: null, apply: (z) => tf.sigmoid(z), derivative: (_z, a) => tf.mul(a, tf.sub(1, a)) },
  tanh: { fused: null, apply: (z) => tf.tanh(z), derivative: (_z, a) => tf.sub(1, tf.square(a)) },
  softmax: { fused: null, apply: (z) => tf.softmax(z), derivative: null },
  linear: { fused: 'linear', apply: (z) => z, derivative: null },
  elu: { fused: null, apply: (z) => tf.elu(z), derivative: (z, a) => tf.where(tf.greater(z, 0), tf.onesLike(z), tf.add(a, 1)) },
  selu: {
    fused: null,
    apply: (z) => tf.selu(z),
    derivative: (z, a) => tf.where(tf.greater(z, 0), tf.fill(z.shape, SELU_SCALE), tf.add(a, SELU_SCALE * SELU_ALPHA)),
  },
  softplus: { fused: null, apply: (z) => tf.softplus(z), derivative: (z) => tf.sigmoid(z) },
  swish: {
    fused: null,
    apply: (z) => tf.mul(z, tf.sigmoid(z)),
    derivative: (z) => {
      const s = tf.sigmoid(z);
      return tf.mul(s, tf.add(1, tf.mul(z, tf.sub(1, s))));
    },
  },
  gelu: {
    fused: null,
    apply: gelu,
    derivative: (z) => {
      const cdf = tf.mul(0.5, tf.add(1, tf.erf(tf.mul(z, INV_SQRT_2))));
      const pdf = tf.mul(INV_SQRT_2PI, tf.exp(tf.mul(-0.5, tf.square(z))));
      return tf.add(cdf, tf.mul(z, pdf));
    },
  },
};

