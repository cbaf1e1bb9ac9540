import * as tfl from '@tensorflow/tfjs-layers';
import type { FlattenLayerSpec } from '../../shared/layers/flatten';
import type { GlobalAveragePooling2dLayerSpec } from '../../shared/layers/globalAveragePooling2d';
import type { AveragePool2dLayerSpec, MaxPool2dLayerSpec } from '../../shared/layers/pool2d';
import type { LayerBuilder, ReshapingParams } from './engineLayer';

/** Pooling and flattening hold no weights: building them is making their tfjs layer. */
function reshaping<S extends { kind: ReshapingParams['kind'] }>(make: (layer: S, name: string, inputShape: number[] | undefined) => tfl.layers.Layer): LayerBuilder<S> {
  return {
    create: (layer, { name, inputShape }) => [make(layer, name, inputShape)],
    attach: (layer, tfLayers) => ({ kind: layer.kind, tfLayers, trainable: [], kernel: null, stateful: [], penalty: null }),
  };
}

export const maxPool2dBuilder = reshaping<MaxPool2dLayerSpec>((layer, name, inputShape) => tfl.layers.maxPooling2d({ poolSize: layer.poolSize, strides: layer.stride, inputShape, name }));
export const averagePool2dBuilder = reshaping<AveragePool2dLayerSpec>((layer, name, inputShape) =>
  tfl.layers.averagePooling2d({ poolSize: layer.poolSize, strides: layer.stride, inputShape, name }),
);
export const flattenBuilder = reshaping<FlattenLayerSpec>((_layer, name, inputShape) => tfl.layers.flatten({ inputShape, name }));
export const globalAveragePooling2dBuilder = reshaping<GlobalAveragePooling2dLayerSpec>((_layer, name, inputShape) => tfl.layers.globalAveragePooling2d({ inputShape, name }));
