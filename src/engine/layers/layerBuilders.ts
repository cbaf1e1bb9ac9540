import type * as tf from '@tensorflow/tfjs-core';
import { assertNever } from '../../shared/assertNever';
import type { LayerSpec } from '../../shared/layers/registry';
import { batchNormBuilder } from './batchNormBuilder';
import { denseBuilder } from './denseBuilder';
import { dropoutBuilder } from './dropoutBuilder';
import type { EngineLayer, LayerBuilder, LayerBuilders } from './engineLayer';

/** One builder per kind: the mapped type refuses to compile while a kind has none. */
export const LAYER_BUILDERS: LayerBuilders = { dense: denseBuilder, dropout: dropoutBuilder, batchNorm: batchNormBuilder };

export const builderOf = (layer: LayerSpec): LayerBuilder<LayerSpec> => LAYER_BUILDERS[layer.kind] as unknown as LayerBuilder<LayerSpec>;

/** The variables the optimizer updates (batch norm's moving statistics are not among them). */
export function trainableVariables(layer: EngineLayer): tf.Variable[] {
  switch (layer.kind) {
    case 'dense':
      return [layer.kernel, layer.bias];
    case 'batchNorm':
      return [layer.gamma, layer.beta];
    case 'dropout':
      return [];
    default:
      return assertNever(layer);
  }
}

/** The kernel a layer's health (mean |gradient|) and weight pictures are read from; null when it has none. */
export function kernelOf(layer: EngineLayer): tf.Variable | null {
  switch (layer.kind) {
    case 'dense':
      return layer.kernel;
    case 'batchNorm':
    case 'dropout':
      return null;
    default:
      return assertNever(layer);
  }
}

/** Variables a training-mode forward pass changes by itself (tfjs's batch norm updates its moving statistics). */
export function statefulVariables(layer: EngineLayer): tf.Variable[] {
  switch (layer.kind) {
    case 'batchNorm':
      return [layer.movingMean, layer.movingVariance];
    case 'dense':
    case 'dropout':
      return [];
    default:
      return assertNever(layer);
  }
}

/** The L1/L2 weights on a layer's kernel, as its spec set them; null when it has no penalty. */
export function penaltyOf(layer: EngineLayer): { l1: number; l2: number } | null {
  switch (layer.kind) {
    case 'dense':
      return layer.l1 === 0 && layer.l2 === 0 ? null : { l1: layer.l1, l2: layer.l2 };
    case 'batchNorm':
    case 'dropout':
      return null;
    default:
      return assertNever(layer);
  }
}
