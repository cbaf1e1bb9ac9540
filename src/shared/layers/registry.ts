import { z } from '../zodSetup';
import { LIMITS } from '../spec';
import { batchNormLayer, batchNormSchema } from './batchNorm';
import { conv2dLayer, conv2dSchema } from './conv2d';
import { denseLayer, denseSchema } from './dense';
import { dropoutLayer, dropoutSchema } from './dropout';
import { flattenLayer, flattenSchema } from './flatten';
import { globalAveragePooling2dLayer, globalAveragePooling2dSchema } from './globalAveragePooling2d';
import { averagePool2dLayer, averagePool2dSchema, maxPool2dLayer, maxPool2dSchema } from './pool2d';
import { gruLayer, gruSchema, lstmLayer, lstmSchema, simpleRnnLayer, simpleRnnSchema } from './recurrent';
import type { LayerKindEntry } from './layerKind';

/** A layer of the stack, by kind: its type is the schema's, so the two cannot drift apart. */
export const layerSchema = z.discriminatedUnion('kind', [
  denseSchema,
  dropoutSchema,
  batchNormSchema,
  conv2dSchema,
  maxPool2dSchema,
  averagePool2dSchema,
  flattenSchema,
  globalAveragePooling2dSchema,
  simpleRnnSchema,
  lstmSchema,
  gruSchema,
]);
export type LayerSpec = z.infer<typeof layerSchema>;
export type LayerKind = LayerSpec['kind'];
export type LayerOfKind<K extends LayerKind> = Extract<LayerSpec, { kind: K }>;

/**
 * Every kind of layer, one entry each. The mapped type is the exhaustiveness check: a kind added to
 * `layerSchema` does not compile until it has an entry here (and in the engine's and page's tables).
 */
export const LAYER_REGISTRY: { readonly [K in LayerKind]: LayerKindEntry<LayerOfKind<K>> } = {
  dense: denseLayer,
  dropout: dropoutLayer,
  batchNorm: batchNormLayer,
  conv2d: conv2dLayer,
  maxPool2d: maxPool2dLayer,
  averagePool2d: averagePool2dLayer,
  flatten: flattenLayer,
  globalAveragePooling2d: globalAveragePooling2dLayer,
  simpleRnn: simpleRnnLayer,
  lstm: lstmLayer,
  gru: gruLayer,
};

export const LAYER_KINDS = Object.keys(LAYER_REGISTRY) as LayerKind[];

/** The entry of a layer's kind, typed for that layer (TypeScript cannot correlate the two by itself). */
export function entryOf<S extends LayerSpec>(layer: S): LayerKindEntry<S> {
  return LAYER_REGISTRY[layer.kind] as unknown as LayerKindEntry<S>;
}

export function defaultLayer<K extends LayerKind>(kind: K, like?: LayerSpec): LayerOfKind<K> {
  return LAYER_REGISTRY[kind].defaults(like) as LayerOfKind<K>;
}

export const hiddenLayersSchema = z.array(layerSchema).max(LIMITS.hiddenLayers.max, { error: `At most ${LIMITS.hiddenLayers.max} hidden layers` });

/** Layers in a link: each written by its kind's entry, separated by commas. */
export function encodeLayers(layers: LayerSpec[]): string {
  return layers.map((layer) => entryOf(layer).link.encode(layer)).join(',');
}

/** Reads what `encodeLayers` wrote; an unknown first word is read as a dense layer, whose schema then refuses it. */
export function decodeLayers(text: string): unknown {
  if (text.trim() === '') return [];
  const entries = Object.values(LAYER_REGISTRY) as LayerKindEntry<LayerSpec>[];
  return text.split(',').map((part) => {
    const [head = '', ...rest] = part.split(':');
    const tokened = entries.find((entry) => entry.link.token === head);
    if (tokened) return tokened.link.decode(rest);
    return entries.find((entry) => entry.link.token === null)!.link.decode([head, ...rest]);
  });
}
