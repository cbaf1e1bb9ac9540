import type { LayerSpec } from '../../shared/layers/registry';
import { batchNormBuilder } from './batchNormBuilder';
import { denseBuilder } from './denseBuilder';
import { dropoutBuilder } from './dropoutBuilder';
import type { LayerBuilder, LayerBuilders } from './engineLayer';

/** One builder per kind: the mapped type refuses to compile while a kind has none. */
export const LAYER_BUILDERS: LayerBuilders = { dense: denseBuilder, dropout: dropoutBuilder, batchNorm: batchNormBuilder };

export const builderOf = (layer: LayerSpec): LayerBuilder<LayerSpec> => LAYER_BUILDERS[layer.kind] as unknown as LayerBuilder<LayerSpec>;

