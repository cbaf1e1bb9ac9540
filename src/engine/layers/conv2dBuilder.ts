import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { Conv2dLayerSpec } from '../../shared/layers/conv2d';
import { INITIALIZERS } from '../initializers';
import type { LayerBuilder } from './engineLayer';

export const conv2dBuilder: LayerBuilder<Conv2dLayerSpec> = {
  create(layer, { name, inputShape }) {
    const leaky = layer.activation === 'leakyRelu';
    const conv = tfl.layers.conv2d({
      filters: layer.filters,
      kernelSize: layer.kernelSize,
      strides: layer.stride,
      padding: layer.padding,
      activation: (leaky ? 'linear' : layer.activation) as 'linear',
      inputShape,
      // Overwritten by `attach` from the seeded generator.
      kernelInitializer: 'zeros',
      name,
    });
    return leaky ? [conv, tfl.layers.leakyReLU({ alpha: layer.leakySlope, name: `${name}_leaky_relu` })] : [conv];
  },
  attach(layer, tfLayers, { input, random }) {
    const channels = input[input.length - 1];
    const window = layer.kernelSize * layer.kernelSize;
    // Keras's fans for a convolution: the receptive field times the input or output channels.
    const [fanIn, fanOut] = [window * channels, window * layer.filters];
    const draw = INITIALIZERS[layer.initializer];
    const shape: [number, number, number, number] = [layer.kernelSize, layer.kernelSize, channels, layer.filters];
    const values = [tf.tensor4d(Float32Array.from({ length: window * channels * layer.filters }, () => draw(fanIn, fanOut, random)), shape), tf.zeros([layer.filters])];
    tfLayers[0].setWeights(values);
    tf.dispose(values);
    const [kernel, bias] = tfLayers[0].trainableWeights.map((w) => w.read() as tf.Variable);
    const { l1, l2 } = layer;
    return {
      kind: 'conv2d',
      tfLayers,
      trainable: [kernel, bias],
      stateful: [],
      penalty: l1 === 0 && l2 === 0 ? null : { l1, l2 },
      kernel: kernel as tf.Variable<tf.Rank.R4>,
      bias,
    };
  },
};
