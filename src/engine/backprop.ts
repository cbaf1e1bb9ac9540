import * as tf from '@tensorflow/tfjs-core';
import { ACTIVATIONS } from './activations';
import type { LossImpl } from './losses';
import { denseForward, finalOutput, forward, predictionRows, type DenseParams, type EngineLayer, type ForwardPass } from './model';
import { addMatMulTransposeA, matMulTransposeA, matMulTransposeB } from './transposedMatMul';

export { isDenseStack } from './model';

/** d(activation)/d(pre-activation) applied to `upstream`; softmax as its Jacobian-vector product. */
function throughActivation(layer: DenseParams, upstream: tf.Tensor, pre: tf.Tensor | null, output: tf.Tensor): tf.Tensor2D {
  if (layer.activation === 'softmax') {
    return tf.mul(output, tf.sub(upstream, tf.sum(tf.mul(upstream, output), 1, true))) as tf.Tensor2D;
  }
  const derivative = ACTIVATIONS[layer.activation].derivative;
  return (derivative ? tf.mul(upstream, derivative(pre ?? output, output, layer.slope)) : upstream) as tf.Tensor2D;
}

/** Gradient of the L1/L2 penalty on a kernel, or null when the layer has none. */
function penaltyGradient(layer: DenseParams): tf.Tensor | null {
  if (layer.l1 === 0 && layer.l2 === 0) return null;
  return tf.add(tf.mul(tf.sign(layer.kernel), layer.l1), tf.mul(layer.kernel, 2 * layer.l2));
}

/** The L1/L2 penalty of every layer that has one, added to the objective. */
export function penalty(layers: EngineLayer[]): tf.Scalar {
  let total: tf.Scalar = tf.scalar(0);
  for (const layer of layers) {
    const { kernel, penalty: weights } = layer;
    if (!kernel || !weights) continue;
    total = tf.add(total, tf.add(tf.mul(tf.sum(tf.abs(kernel)), weights.l1), tf.mul(tf.sum(tf.square(kernel)), weights.l2)));
  }
  return total;
}

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
  loss: LossImpl,
  scale: number,
  visit: (layer: DenseParams, input: tf.Tensor2D, dz: tf.Tensor2D) => void,
): ForwardPass {
  const pass = denseForward(layers, x);
  let upstream = loss.gradient(finalOutput(pass), y, scale);
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const dz = throughActivation(layer, upstream, pass.pre[l], pass.outputs[l]);
    const below = l > 0 ? matMulTransposeB(dz, layer.kernel) : null;
    visit(layer, l === 0 ? x : (pass.outputs[l - 1] as tf.Tensor2D), dz);
    if (below) upstream = below;
  }
  return pass;
}

/** Gradients of the objective (loss plus penalties) for every variable, keyed by name. Call inside tf.tidy. */
export function denseGradients(layers: DenseParams[], x: tf.Tensor2D, y: tf.Tensor, loss: LossImpl): tf.NamedTensorMap {
  const gradients: tf.NamedTensorMap = {};
  backpropagate(layers, x, y, loss, 1, (layer, input, dz) => {
    const kernelGradient = matMulTransposeA(input, dz);
    const fromPenalty = penaltyGradient(layer);
    gradients[layer.kernel.name] = fromPenalty ? tf.add(kernelGradient, fromPenalty) : kernelGradient;
    gradients[layer.bias.name] = tf.sum(dz, 0);
  });
  return gradients;
}

/**
 * One plain gradient-descent update, written straight into the weights: with the learning rate
 * folded into the loss gradient, each kernel update is a single fused "W + inputᵀ·dz" kernel. Same
 * result as tf.train.sgd applying denseGradients (a test checks), in fewer kernels. Call inside tf.tidy.
 */
export function sgdStep(layers: DenseParams[], x: tf.Tensor2D, y: tf.Tensor, loss: LossImpl, learningRate: number): void {
  backpropagate(layers, x, y, loss, -learningRate, (layer, input, dz) => {
    const fromPenalty = penaltyGradient(layer);
    const kernel = fromPenalty ? tf.sub(layer.kernel, tf.mul(fromPenalty, learningRate)) : layer.kernel;
    layer.kernel.assign(addMatMulTransposeA(kernel as tf.Tensor2D, input, dz));
    layer.bias.assign(tf.add(layer.bias, tf.sum(dz, 0)));
  });
}

/**
 * Gradients from tfjs's automatic differentiation through the tfjs layers: any layer kind; the
 * reference in tests. In training mode tfjs's batch norm updates its moving statistics as it goes.
 */
export function autodiffGradients(
  layers: EngineLayer[],
  variables: tf.Variable[],
  x: tf.Tensor,
  y: tf.Tensor,
  loss: LossImpl,
  dropoutSeed = 0,
): tf.NamedTensorMap {
  const { grads, value } = tf.variableGrads(() => {
    const pass = forward(layers, x, { training: true, dropoutSeed });
    const { p, t } = predictionRows(finalOutput(pass), y);
    return tf.add(loss.objective(p, t), penalty(layers)) as tf.Scalar;
  }, variables);
  value.dispose();
  return grads;
}

/** Scales all gradients down together when their global norm exceeds `maxNorm`. Call inside tf.tidy. */
export function clipByGlobalNorm(gradients: tf.NamedTensorMap, maxNorm: number): tf.NamedTensorMap {
  const names = Object.keys(gradients);
  const norm = tf.sqrt(tf.addN(names.map((name) => tf.sum(tf.square(gradients[name])))));
  const factor = tf.minimum(1, tf.div(maxNorm, tf.add(norm, 1e-12)));
  return Object.fromEntries(names.map((name) => [name, tf.mul(gradients[name], factor)]));
}
