import type * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { BATCH_NORM_EPSILON, BATCH_NORM_MOMENTUM, type BatchNormLayerSpec } from '../../shared/layers/batchNorm';
import type { LayerBuilder } from './engineLayer';

export const batchNormBuilder: LayerBuilder<BatchNormLayerSpec> = {
  create: (_layer, { name, inputShape }) => [tfl.layers.batchNormalization({ inputShape, epsilon: BATCH_NORM_EPSILON, momentum: BATCH_NORM_MOMENTUM, name })],
  attach(_layer, tfLayers) {
    const [gamma, beta, movingMean, movingVariance] = tfLayers[0].weights.map((w) => w.read() as tf.Variable);
    return { kind: 'batchNorm', tfLayers, trainable: [gamma, beta], kernel: null, stateful: [movingMean, movingVariance], penalty: null, gamma, beta, movingMean, movingVariance };
  },
};
