import * as tf from '@tensorflow/tfjs-core';
import { ACTIVATIONS } from './activations';
import { forward, type DenseParams } from './model';
import { matMulTransposeA, matMulTransposeB } from './transposedMatMul';

export type LossImplementation = {
  value(predicted: tf.Tensor, target: tf.Tensor): tf.Scalar;
  gradient(predicted: tf.Tensor, target: tf.Tensor): tf.Tensor;
};

/**
 * Gradients of the mean loss for every kernel and bias of a dense stack, by hand-written
 * backpropagation. It runs about half the kernels of tf.variableGrads (no tape, no reshape and
 * identity bookkeeping around fused ops), which is most of a small network's step time; the
 * autodiff version below is its reference in tests. Call inside tf.tidy.
 */
export function denseGradients(layers: DenseParams[], x: tf.Tensor2D, y: tf.Tensor, loss: LossImplementation): tf.NamedTensorMap {
  const outputs = forward(layers, x);
  const gradients: tf.NamedTensorMap = {};
  let upstream = loss.gradient(outputs[outputs.length - 1], y);
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const derivative = ACTIVATIONS[layer.activation].derivativeFromOutput;
    const dz = derivative ? tf.mul(upstream, derivative(outputs[l])) : upstream;
    const input = l === 0 ? x : outputs[l - 1];
    gradients[layer.kernel.name] = matMulTransposeA(input, dz as tf.Tensor2D);
    gradients[layer.bias.name] = tf.sum(dz, 0);
    if (l > 0) upstream = matMulTransposeB(dz as tf.Tensor2D, layer.kernel);
  }
  return gradients;
}

/** The same gradients from tfjs's automatic differentiation. */
export function autodiffGradients(layers: DenseParams[], x: tf.Tensor2D, y: tf.Tensor, loss: LossImplementation): tf.NamedTensorMap {
  const variables = layers.flatMap((l) => [l.kernel, l.bias]);
  const { grads, value } = tf.variableGrads(() => loss.value(forward(layers, x).at(-1)!, y), variables);
  value.dispose();
  return grads;
}
