import type { LayerSpec } from '../../shared/layers/registry';
import { batchNormBuilder } from './batchNormBuilder';
import { conv2dBuilder } from './conv2dBuilder';
import { recurrentBuilder } from './recurrentBuilder';
import { averagePool2dBuilder, flattenBuilder, globalAveragePooling2dBuilder, maxPool2dBuilder } from './reshapingBuilders';
import { denseBuilder } from './denseBuilder';
import { dropoutBuilder } from './dropoutBuilder';
import type { LayerBuilder, LayerBuilders } from './engineLayer';

/** One builder per kind: the mapped type refuses to compile while a kind has none. */
export const LAYER_BUILDERS: LayerBuilders = {
  dense: denseBuilder,
  dropout: dropoutBuilder,
  batchNorm: batchNormBuilder,
  conv2d: conv2dBuilder,
  maxPool2d: maxPool2dBuilder,
  averagePool2d: averagePool2dBuilder,
  flatten: flattenBuilder,
  globalAveragePooling2d: globalAveragePooling2dBuilder,
  simpleRnn: recurrentBuilder,
  lstm: recurrentBuilder,
  gru: recurrentBuilder,
};

export const builderOf = (layer: LayerSpec): LayerBuilder<LayerSpec> => LAYER_BUILDERS[layer.kind] as unknown as LayerBuilder<LayerSpec>;

