import type * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Shape } from '../../shared/layers/layerKind';
import type { LayerKind, LayerOfKind } from '../../shared/layers/registry';
import type { ActivationName } from '../../shared/spec';
import type { Random } from '../../shared/random';

/** What the trainer asks of every built layer, whatever its kind. */
interface Built {
  /** The tfjs layers one spec layer became (a dense layer with leaky ReLU is two, as in Keras). */
  tfLayers: tfl.layers.Layer[];
  /** The variables the optimizer updates (batch norm's moving statistics are not among them). */
  trainable: tf.Variable[];
  /** The kernel a layer's health (mean |gradient|) is read from; null when it has none. */
  kernel: tf.Variable | null;
  /** Variables a training-mode forward pass changes by itself (tfjs's batch norm updates its moving statistics). */
  stateful: tf.Variable[];
  /** The L1/L2 weights on the kernel, added to the objective; null when it has no penalty. */
  penalty: { l1: number; l2: number } | null;
}

export interface DenseParams extends Built {
  kind: 'dense';
  /** Acts at every step of a sequence ([steps, features] in, [steps, units] out): not for the flat fast path. */
  perStep: boolean;
  kernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable;
  activation: ActivationName;
  slope: number;
  l1: number;
  l2: number;
}
export interface DropoutParams extends Built {
  kind: 'dropout';
  rate: number;
}
export interface BatchNormParams extends Built {
  kind: 'batchNorm';
  gamma: tf.Variable;
  beta: tf.Variable;
  movingMean: tf.Variable;
  movingVariance: tf.Variable;
}

export interface Conv2dParams extends Built {
  kind: 'conv2d';
  kernel: tf.Variable<tf.Rank.R4>;
  bias: tf.Variable;
}
export interface RecurrentParams extends Built {
  kind: 'simpleRnn' | 'lstm' | 'gru';
  kernel: tf.Variable<tf.Rank.R2>;
  recurrentKernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable;
  units: number;
  /** Share of the input features dropped while training, the same ones at every step (Keras's `dropout`). */
  dropout: number;
}
/** Layers without weights of their own (pooling, flattening): only their tfjs layers. */
export interface ReshapingParams extends Built {
  kind: 'maxPool2d' | 'averagePool2d' | 'flatten' | 'globalAveragePooling2d';
}

/** A built layer and direct handles on its variables, by kind. */
export type EngineLayer = DenseParams | DropoutParams | BatchNormParams | Conv2dParams | ReshapingParams | RecurrentParams;

export const isRecurrent = (layer: EngineLayer): layer is RecurrentParams => layer.kind === 'simpleRnn' || layer.kind === 'lstm' || layer.kind === 'gru';

export interface BuildContext {
  name: string;
  /** What one example looks like when it reaches the layer. */
  input: Shape;
  /** Set on the network's first layer only: tfjs's `inputShape` option. */
  inputShape: number[] | undefined;
  /** Draws initial weights, so that a seed gives the same weights on every backend. */
  random: Random;
}

/**
 * How the engine builds one kind of layer: `create` makes the tfjs layers; once they are in the
 * model (and so have weights), `attach` initialises them and hands back the handles.
 */
export interface LayerBuilder<S> {
  create(layer: S, context: BuildContext): tfl.layers.Layer[];
  attach(layer: S, tfLayers: tfl.layers.Layer[], context: BuildContext): EngineLayer;
}

export type LayerBuilders = { readonly [K in LayerKind]: LayerBuilder<LayerOfKind<K>> };
