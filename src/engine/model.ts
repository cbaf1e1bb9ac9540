import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { LayerWeights } from '../shared/engineTypes';
import { createRandom } from '../shared/random';
import { assertNever } from '../shared/assertNever';
import type { NetworkShapes } from '../shared/layers/inferShapes';
import { drawnWidth } from '../shared/spec';
import { ACTIVATIONS } from './activations';
import { isRecurrent, type Conv2dParams, type DenseParams, type EngineLayer, type RecurrentParams } from './layers/engineLayer';
import { builderOf } from './layers/layerBuilders';


export type { BatchNormParams, DenseParams, DropoutParams, EngineLayer } from './layers/engineLayer';

/** A tf.LayersModel (what gets exported) and direct handles on its variables (what the trainer updates). */
export interface PlaygroundModel {
  model: tfl.LayersModel;
  layers: EngineLayer[];
  /** Variables the optimizer updates (not the batch-norm moving statistics). */
  variables: tf.Variable[];
}

/**
 * Builds the model layer by layer through each kind's builder, with weights drawn from our own
 * seeded generator (zero biases), so the same seed gives the same initial weights on every backend
 * and every machine. The spec must have passed its shape checks (compatibility) first.
 */
export function buildModel(shapes: NetworkShapes, seed: number): PlaygroundModel {
  const random = createRandom(seed);
  const model = tfl.sequential();
  const last = shapes.layers.length - 1;
  const layers = shapes.layers.map((shaped, i): EngineLayer => {
    const { layer, input } = shaped;
    if (!shaped.output) throw new RangeError(`Layer ${i + 1} cannot take its input: ${shaped.problem}`);
    const context = { name: i < last ? `hidden_${i + 1}` : 'output', input, inputShape: i === 0 ? [...input] : undefined, random };
    const builder = builderOf(layer);
    const tfLayers = builder.create(layer, context);
    tfLayers.forEach((tfLayer) => model.add(tfLayer));
    return builder.attach(layer, tfLayers, context);
  });
  return { model, layers, variables: layers.flatMap((layer) => layer.trainable) };
}

export interface ForwardPass {
  /** Every layer's output. */
  outputs: tf.Tensor[];
  /** Dense layers' pre-activations on the dense fast path (null elsewhere, and where the activation is fused). */
  pre: Array<tf.Tensor2D | null>;
}

export interface ForwardOptions {
  training?: boolean;
  /** Seeds dropout masks; changes every step so that each batch gets its own mask. */
  dropoutSeed?: number;
}

/**
 * The forward pass. Stacks of dense layers take the fast path (fused matMul+bias+activation, the
 * same kernels tfjs's Dense layer runs, without its per-call bookkeeping: a test checks that both
 * agree); every other stack goes through the tfjs layers' own `apply`, so that each layer behaves
 * exactly as tfjs-layers defines it. In training mode tfjs's batch norm updates its moving statistics.
 */
export function forward(layers: EngineLayer[], x: tf.Tensor, options: ForwardOptions = {}): ForwardPass {
  return isDenseStack(layers) ? denseForward(layers, x as tf.Tensor2D) : layersForward(layers, x, options);
}

/** Stacks of dense layers on flat rows only get the hand-written passes; others use tfjs's layers and autodiff. */
export function isDenseStack(layers: EngineLayer[]): layers is DenseParams[] {
  return layers.every((layer) => layer.kind === 'dense' && !layer.perStep);
}

export function denseForward(layers: DenseParams[], x: tf.Tensor2D): ForwardPass {
  const pass: ForwardPass = { outputs: [], pre: [] };
  let h = x;
  for (const layer of layers) {
    const impl = ACTIVATIONS[layer.activation];
    const z = tf.fused.matMul({ a: h, b: layer.kernel, bias: layer.bias, activation: impl.fused ?? 'linear' }) as tf.Tensor2D;
    h = (impl.fused ? z : impl.apply(z, layer.slope)) as tf.Tensor2D;
    pass.outputs.push(h);
    pass.pre.push(impl.fused ? null : z);
  }
  return pass;
}

function layersForward(layers: EngineLayer[], x: tf.Tensor, options: ForwardOptions): ForwardPass {
  const training = options.training ?? false;
  const outputs: tf.Tensor[] = [];
  let h = x;
  layers.forEach((layer, i) => {
    const seed = (options.dropoutSeed ?? 0) * 31 + i;
    if (layer.kind === 'dropout') {
      // tfjs's Dropout layer draws its mask unseeded; ours is the same tf.dropout, seeded per step, so
      // a run is reproducible from its seed.
      if (training && layer.rate > 0) h = tf.dropout(h, layer.rate, undefined, seed);
    } else {
      // A recurrent layer's input dropout as Keras defines it: one mask per sequence, kept over its
      // steps ([n, 1, F] broadcast over time). Seeded here too; tfjs's own draws unseeded.
      if (training && isRecurrent(layer) && layer.dropout > 0) h = tf.dropout(h, layer.dropout, [h.shape[0], 1, h.shape[2]!], seed);
      for (const tfLayer of layer.tfLayers) h = tfLayer.apply(h, { training }) as tf.Tensor;
    }
    outputs.push(h);
  });
  return { outputs, pre: outputs.map(() => null) };
}

export const finalOutput = (pass: ForwardPass) => pass.outputs[pass.outputs.length - 1];

/**
 * Predictions and targets as rows of one prediction each. A network that answers at every step
 * outputs [n, T, W] and its targets are kept as [n, T·W]: both become [n·T, W], so that every loss
 * is a mean over the step predictions (a cross-entropy per step, not per window). Call inside tf.tidy.
 */
export function predictionRows(output: tf.Tensor, y: tf.Tensor): { p: tf.Tensor2D; t: tf.Tensor2D } {
  if (output.rank !== 3) return { p: output as tf.Tensor2D, t: y as tf.Tensor2D };
  const width = output.shape[2]!;
  return { p: tf.reshape(output, [-1, width]), t: tf.reshape(y, [-1, width]) };
}

/** The network's answer for each example: for one that answers at every step, its answer after the last step. Call inside tf.tidy. */
export function answerOf(output: tf.Tensor): tf.Tensor2D {
  if (output.rank !== 3) return output as tf.Tensor2D;
  const [count, steps, width] = output.shape as [number, number, number];
  return tf.reshape(tf.slice(output, [0, steps - 1, 0], [-1, 1, -1]), [count, width]);
}

/**
 * Weights for the diagram, between the neurons it draws: dense kernels (the drawn block of rows and
 * columns), and one-to-one links for dropout and batch norm.
 */
export function readWeights(layers: EngineLayer[], inputWidth: number): LayerWeights[] {
  let width = drawnWidth(inputWidth);
  const identity = (inputs: number, units: number): LayerWeights => ({ inputs, units, kernel: new Float32Array(0), bias: new Float32Array(0), identity: true });
  return layers.map((layer) => {
    const weights = weightsOf(layer, width, identity);
    width = weights.units;
    return weights;
  });
}

/** One layer's links for the diagram, by kind; `width` is the drawn width it receives. */
function weightsOf(layer: EngineLayer, width: number, identity: (inputs: number, units: number) => LayerWeights): LayerWeights {
  switch (layer.kind) {
    case 'dense':
      return matrixWeights(layer, layer.kernel.shape[1]);
    case 'conv2d':
      return convWeights(layer);
    case 'simpleRnn':
    case 'lstm':
    case 'gru':
      return matrixWeights(layer, layer.units);
    case 'dropout':
    case 'batchNorm':
    case 'maxPool2d':
    case 'averagePool2d':
    case 'globalAveragePooling2d':
      return identity(width, width);
    case 'flatten':
      // Every value of every feature map becomes its own input of the next layer.
      return identity(width, drawnWidth(layer.tfLayers[0].outputShape.at(-1) as number));
    default:
      return assertNever(layer);
  }
}

/** Links of the drawn block: a [inputs × units] kernel and `units` biases, read back as copies (they are transferred). */
function links(inputs: number, units: number, slices: () => [tf.Tensor, tf.Tensor]): LayerWeights {
  const [kernel, bias] = tf.tidy(slices);
  const values = { kernel: (kernel.dataSync() as Float32Array).slice(), bias: (bias.dataSync() as Float32Array).slice() };
  tf.dispose([kernel, bias]);
  return { inputs, units, ...values, identity: false };
}

/** A convolution drawn as links between channels: each link is its kernel's mean weight over the window. */
function convWeights(layer: Conv2dParams): LayerWeights {
  const [, , channels, filters] = layer.kernel.shape;
  const [inputs, units] = [drawnWidth(channels), drawnWidth(filters)];
  return links(inputs, units, () => [tf.mean(tf.slice(layer.kernel, [0, 0, 0, 0], [-1, -1, inputs, units]), [0, 1]), tf.slice(layer.bias, [0], [units])]);
}

/** A dense layer's drawn block of rows and columns; a recurrent layer's input kernel's first gate block (a SimpleRNN's whole kernel). */
function matrixWeights(layer: DenseParams | RecurrentParams, columns: number): LayerWeights {
  const [inputs, units] = [drawnWidth(layer.kernel.shape[0]), drawnWidth(columns)];
  return links(inputs, units, () => [tf.slice(layer.kernel, [0, 0], [inputs, units]), tf.slice(layer.bias, [0], [units])]);
}

/** Width of every layer's output. */
export function layerWidthsOf(layers: EngineLayer[], inputWidth: number): number[] {
  let width = inputWidth;
  return layers.map((layer) => (width = 'units' in layer ? layer.units : (layer.kernel?.shape.at(-1) ?? width)));
}
