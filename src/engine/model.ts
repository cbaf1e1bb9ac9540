import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { LayerWeights } from '../shared/engineTypes';
import { createRandom, type Random } from '../shared/random';
import { drawnWidth, type ActivationName, type InitializerName, type NetworkSpec } from '../shared/spec';
import { ACTIVATIONS } from './activations';
import { INITIALIZERS } from './initializers';

export interface DenseParams {
  kind: 'dense';
  kernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable;
  activation: ActivationName;
  slope: number;
  l1: number;
  l2: number;
}
export interface DropoutParams {
  kind: 'dropout';
  rate: number;
}
export interface BatchNormParams {
  kind: 'batchNorm';
  gamma: tf.Variable;
  beta: tf.Variable;
  movingMean: tf.Variable;
  movingVariance: tf.Variable;
}
export type EngineLayer = DenseParams | DropoutParams | BatchNormParams;

export const BATCH_NORM_EPSILON = 1e-3;
export const BATCH_NORM_MOMENTUM = 0.99;

/** A tf.LayersModel (what gets exported) and direct handles on its variables (what the trainer updates). */
export interface PlaygroundModel {
  model: tfl.LayersModel;
  layers: EngineLayer[];
  /** Variables the optimizer updates (not the batch-norm moving statistics). */
  variables: tf.Variable[];
}

function kernelValues(initializer: InitializerName, inputs: number, units: number, random: Random): tf.Tensor2D {
  const draw = INITIALIZERS[initializer];
  return tf.tensor2d(Float32Array.from({ length: inputs * units }, () => draw(inputs, units, random)), [inputs, units]);
}

/** Adds a dense layer, with leaky ReLU as its own layer as Keras has it, and returns its params. */
function addDense(model: tfl.Sequential, name: string, inputs: number, units: number, activation: ActivationName, slope: number, first: boolean) {
  const leaky = activation === 'leakyRelu';
  const layer = tfl.layers.dense({
    units,
    activation: (leaky ? 'linear' : activation) as 'linear',
    inputShape: first ? [inputs] : undefined,
    kernelInitializer: 'zeros',
    name,
  });
  model.add(layer);
  if (leaky) model.add(tfl.layers.leakyReLU({ alpha: slope, name: `${name}_leaky_relu` }));
  return layer;
}

/**
 * Builds the model with weights drawn from our own seeded generator (zero biases), so the same seed
 * gives the same initial weights on every backend and every machine.
 */
export function buildModel(network: NetworkSpec, inputWidth: number, outputUnits: number, seed: number): PlaygroundModel {
  const random = createRandom(seed);
  const model = tfl.sequential();
  const layers: EngineLayer[] = [];
  let width = inputWidth;
  const dense = (name: string, units: number, activation: ActivationName, initializer: InitializerName, slope: number, l1: number, l2: number) => {
    const layer = addDense(model, name, width, units, activation, slope, layers.length === 0);
    const values = [kernelValues(initializer, width, units, random), tf.zeros([units])];
    layer.setWeights(values);
    tf.dispose(values);
    const [kernel, bias] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    layers.push({ kind: 'dense', kernel: kernel as tf.Variable<tf.Rank.R2>, bias, activation, slope, l1, l2 });
    width = units;
  };
  network.hidden.forEach((spec, i) => {
    const name = `hidden_${i + 1}`;
    const first = layers.length === 0;
    if (spec.kind === 'dense') {
      dense(name, spec.units, spec.activation, spec.initializer, spec.leakySlope, spec.l1, spec.l2);
    } else if (spec.kind === 'dropout') {
      model.add(tfl.layers.dropout({ rate: spec.rate, inputShape: first ? [width] : undefined, name }));
      layers.push({ kind: 'dropout', rate: spec.rate });
    } else {
      const layer = tfl.layers.batchNormalization({
        inputShape: first ? [width] : undefined,
        epsilon: BATCH_NORM_EPSILON,
        momentum: BATCH_NORM_MOMENTUM,
        name,
      });
      model.add(layer);
      const [gamma, beta, movingMean, movingVariance] = layer.weights.map((w) => w.read() as tf.Variable);
      layers.push({ kind: 'batchNorm', gamma, beta, movingMean, movingVariance });
    }
  });
  dense('output', outputUnits, network.outputActivation, network.outputInitializer, 0.01, 0, 0);
  const variables = layers.flatMap((l) => (l.kind === 'dense' ? [l.kernel, l.bias] : l.kind === 'batchNorm' ? [l.gamma, l.beta] : []));
  return { model, layers, variables };
}

export interface ForwardPass {
  /** Every layer's output. */
  outputs: tf.Tensor2D[];
  /** Dense layers' pre-activations (null for other layers, and where the activation is fused). */
  pre: Array<tf.Tensor2D | null>;
  /** Batch-norm layers' batch statistics in training mode, to update the moving averages. */
  batchStats: Array<{ mean: tf.Tensor; variance: tf.Tensor } | null>;
}

export interface ForwardOptions {
  training?: boolean;
  /** Seeds dropout masks; changes every step so that each batch gets its own mask. */
  dropoutSeed?: number;
}

/** Forward pass with fused matMul+bias(+relu); inference mode unless `training`. */
export function forward(layers: EngineLayer[], x: tf.Tensor2D, options: ForwardOptions = {}): ForwardPass {
  const pass: ForwardPass = { outputs: [], pre: [], batchStats: [] };
  let h = x;
  layers.forEach((layer, i) => {
    let pre: tf.Tensor2D | null = null;
    let stats: ForwardPass['batchStats'][number] = null;
    if (layer.kind === 'dense') {
      const impl = ACTIVATIONS[layer.activation];
      const z = tf.fused.matMul({ a: h, b: layer.kernel, bias: layer.bias, activation: impl.fused ?? 'linear' }) as tf.Tensor2D;
      pre = impl.fused ? null : z;
      h = (impl.fused ? z : impl.apply(z, layer.slope)) as tf.Tensor2D;
    } else if (layer.kind === 'dropout') {
      if (options.training && layer.rate > 0) h = tf.dropout(h, layer.rate, undefined, (options.dropoutSeed ?? 0) * 31 + i) as tf.Tensor2D;
    } else {
      const { mean, variance } = options.training ? tf.moments(h, 0) : { mean: layer.movingMean, variance: layer.movingVariance };
      if (options.training) stats = { mean, variance };
      h = tf.batchNorm(h, mean, variance, layer.beta, layer.gamma, BATCH_NORM_EPSILON) as tf.Tensor2D;
    }
    pass.outputs.push(h);
    pass.pre.push(pre);
    pass.batchStats.push(stats);
  });
  return pass;
}

export const finalOutput = (pass: ForwardPass) => pass.outputs[pass.outputs.length - 1];

/**
 * Weights for the diagram, between the neurons it draws: dense kernels (the drawn block of rows and
 * columns), and one-to-one links for dropout and batch norm.
 */
export function readWeights(layers: EngineLayer[], inputWidth: number): LayerWeights[] {
  let width = drawnWidth(inputWidth);
  return layers.map((layer) => {
    if (layer.kind !== 'dense') return { inputs: width, units: width, kernel: new Float32Array(0), bias: new Float32Array(0), identity: true };
    const [rows, columns] = layer.kernel.shape;
    const inputs = drawnWidth(rows);
    const units = drawnWidth(columns);
    width = units;
    const [kernel, bias] = tf.tidy(() => [tf.slice(layer.kernel, [0, 0], [inputs, units]), tf.slice(layer.bias, [0], [units])]);
    // Copies, because these buffers are transferred to the page.
    const values = { kernel: (kernel.dataSync() as Float32Array).slice(), bias: (bias.dataSync() as Float32Array).slice() };
    tf.dispose([kernel, bias]);
    return { inputs, units, ...values, identity: false };
  });
}

/** Width of every layer's output. */
export function layerWidthsOf(layers: EngineLayer[], inputWidth: number): number[] {
  let width = inputWidth;
  return layers.map((layer) => (width = layer.kind === 'dense' ? layer.kernel.shape[1] : width));
}
