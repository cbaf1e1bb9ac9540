import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { DenseLayerSpec } from '../../shared/layers/dense';
import { INITIALIZERS } from '../initializers';
import type { LayerBuilder } from './engineLayer';

export const denseBuilder: LayerBuilder<DenseLayerSpec> = {
  // Leaky ReLU is its own layer, as Keras has it, so the exported model loads anywhere.
  create(layer, { name, inputShape }) {
    const leaky = layer.activation === 'leakyRelu';
    const dense = tfl.layers.dense({
      units: layer.units,
      activation: (leaky ? 'linear' : layer.activation) as 'linear',
      inputShape,
      // Overwritten by `attach` from the seeded generator.
      kernelInitializer: 'zeros',
      name,
    });
    return leaky ? [dense, tfl.layers.leakyReLU({ alpha: layer.leakySlope, name: `${name}_leaky_relu` })] : [dense];
  },
  attach(layer, tfLayers, { input, random }) {
    const inputs = input[input.length - 1];
    const draw = INITIALIZERS[layer.initializer];
    const values = [
      tf.tensor2d(Float32Array.from({ length: inputs * layer.units }, () => draw(inputs, layer.units, random)), [inputs, layer.units]),
      tf.zeros([layer.units]),
    ];
    tfLayers[0].setWeights(values);
    tf.dispose(values);
    const [kernel, bias] = tfLayers[0].trainableWeights.map((w) => w.read() as tf.Variable);
    const { l1, l2 } = layer;
    return {
      kind: 'dense',
      perStep: input.length === 2,
      tfLayers,
      trainable: [kernel, bias],
      stateful: [],
      penalty: l1 === 0 && l2 === 0 ? null : { l1, l2 },
      kernel: kernel as tf.Variable<tf.Rank.R2>,
      bias,
      activation: layer.activation,
      slope: layer.leakySlope,
      l1,
      l2,
    };
  },
};
