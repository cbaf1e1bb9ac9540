import * as tf from '@tensorflow/tfjs-core';
import { ACTIVATIONS } from './activations';
import { forward, type DenseParams } from './model';
import { addMatMulTransposeA, matMulTransposeA, matMulTransposeB } from './transposedMatMul';

export type LossImplementation = {
  value(predicted: tf.Tensor, target: tf.Tensor): tf.Scalar;
  /** d(value)/d(predicted), multiplied by `scale`. */
  gradient(predicted: tf.Tensor, target: tf.Tensor, scale?: number): tf.Tensor;
};

/**
 * Hand-written backpropagation through a dense stack. It runs about half the kernels of
 * tf.variableGrads (no tape, no reshape and identity bookkeeping around fused ops), which is most
 * of a small network's step time. `visit` receives each layer's input and the gradient at its
 * pre-activation, scaled by `scale`, after the gradient for the layer below has been computed from
 * the layer's current weights, so that `visit` may update them in place.
 */
function backpropagate(
  layers: DenseParams[],
  x: tf.Tensor2D,
  y: tf.Tensor,
  loss: LossImplementation,
  scale: number,
  visit: (layer: DenseParams, input: tf.Tensor2D, dz: tf.Tensor2D) => void,
): void {
  const outputs = forward(layers, x);
  let upstream = loss.gradient(outputs[outputs.length - 1], y, scale);
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const derivative = ACTIVATIONS[layer.activation].derivativeFromOutput;
    const dz = (derivative ? tf.mul(upstream, derivative(outputs[l])) : upstream) as tf.Tensor2D;
    const below = l > 0 ? matMulTransposeB(dz, layer.kernel) : null;
    visit(layer, l === 0 ? x : outputs[l - 1], dz);
    if (below) upstream = below;
  }
}

/** Gradients of the mean loss for every kernel and bias, keyed by variable name. Call inside tf.tidy. */
export function denseGradients(layers: DenseParams[], x: tf.Tensor2D, y: tf.Tensor, loss: LossImplementation): tf.NamedTensorMap {
  const gradients: tf.NamedTensorMap = {};
  backpropagate(layers, x, y, loss, 1, (layer, input, dz) => {
    gradients[layer.kernel.name] = matMulTransposeA(input, dz);
    gradients[layer.bias.name] = tf.sum(dz, 0);
  });
  return gradients;
}

/**
 * One plain SGD update, written straight into the weights: with the learning rate folded into the
 * loss gradient, each kernel update is a single fused "W + inputᵀ·dz" kernel. Same result as
 * tf.train.sgd applying denseGradients (a test checks), in fewer kernels. Call inside tf.tidy.
 */
export function sgdStep(layers: DenseParams[], x: tf.Tensor2D, y: tf.Tensor, loss: LossImplementation, learningRate: number): void {
  backpropagate(layers, x, y, loss, -learningRate, (layer, input, dz) => {
    layer.kernel.assign(addMatMulTransposeA(layer.kernel, input, dz));
    layer.bias.assign(tf.add(layer.bias, tf.sum(dz, 0)));
  });
}

/** The same gradients from tfjs's automatic differentiation: the reference in tests. */
export function autodiffGradients(layers: DenseParams[], x: tf.Tensor2D, y: tf.Tensor, loss: LossImplementation): tf.NamedTensorMap {
  const variables = layers.flatMap((l) => [l.kernel, l.bias]);
  const { grads, value } = tf.variableGrads(() => loss.value(forward(layers, x).at(-1)!, y), variables);
  value.dispose();
  return grads;
}
