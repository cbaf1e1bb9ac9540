import * as tf from '@tensorflow/tfjs-core';
import type { ActivationName } from '../shared/spec';

interface ActivationImpl {
  /** Activation that tf.fused.matMul can apply and differentiate in the same kernel, if any. */
  fused: 'linear' | 'relu' | null;
  apply(x: tf.Tensor): tf.Tensor;
  /** Name tfjs-layers and Keras use, for the exported model. */
  layersName: string;
  /** d(output)/d(input) written in terms of the output, which the forward pass kept; null = 1. */
  derivativeFromOutput: ((output: tf.Tensor) => tf.Tensor) | null;
}

export const ACTIVATIONS: Record<ActivationName, ActivationImpl> = {
  relu: { fused: 'relu', apply: (x) => tf.relu(x), layersName: 'relu', derivativeFromOutput: (a) => tf.step(a) },
  tanh: { fused: null, apply: (x) => tf.tanh(x), layersName: 'tanh', derivativeFromOutput: (a) => tf.sub(1, tf.square(a)) },
  sigmoid: {
    fused: null,
    apply: (x) => tf.sigmoid(x),
    layersName: 'sigmoid',
    derivativeFromOutput: (a) => tf.mul(a, tf.sub(1, a)),
  },
  linear: { fused: 'linear', apply: (x) => x, layersName: 'linear', derivativeFromOutput: null },
};
