import * as tfl from '@tensorflow/tfjs-layers';
import type { DropoutLayerSpec } from '../../shared/layers/dropout';
import type { LayerBuilder } from './engineLayer';

export const dropoutBuilder: LayerBuilder<DropoutLayerSpec> = {
  create: (layer, { name, inputShape }) => [tfl.layers.dropout({ rate: layer.rate, inputShape, name })],
  attach: (layer, tfLayers) => ({ kind: 'dropout', tfLayers, trainable: [], kernel: null, stateful: [], penalty: null, rate: layer.rate }),
};
