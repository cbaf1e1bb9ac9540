import * as tf from '@tensorflow/tfjs-core';
import type { ActivationName } from '../shared/spec';

interface ActivationImpl {
  /** Activation that tf.fused.matMul can apply and differentiate in the same kernel, if any. */
  fused: 'linear' | 'relu' | null;
  apply(x: tf.Tensor): tf.Tensor;
  /** Name tfjs-layers and Keras use, for the exported model. */
  layersName: string;
}

export const ACTIVATIONS: Record<ActivationName, ActivationImpl> = {
  relu: { fused: 'relu', apply: (x) => tf.relu(x), layersName: 'relu' },
  tanh: { fused: null, apply: (x) => tf.tanh(x), layersName: 'tanh' },
  sigmoid: { fused: null, apply: (x) => tf.sigmoid(x), layersName: 'sigmoid' },
  linear: { fused: 'linear', apply: (x) => x, layersName: 'linear' },
};
