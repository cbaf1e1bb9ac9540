import { z } from '../zodSetup';
import { formatShape, shapeOk, shapeProblem, type LayerKindEntry } from './layerKind';

export const flattenSchema = z.object({ kind: z.literal('flatten') });
export type FlattenLayerSpec = z.infer<typeof flattenSchema>;

export const flattenLayer: LayerKindEntry<FlattenLayerSpec> = {
  kind: 'flatten',
  label: 'Flatten',
  schema: flattenSchema,
  defaults: () => ({ kind: 'flatten' }),
  // tfjs's Flatten refuses an input that is already flat (it needs two axes besides the batch).
  outputShape: (_layer, input) =>
    input.length < 2 ? shapeProblem(`Flatten takes an image or a sequence; ${formatShape(input)} is already flat`) : shapeOk([input.reduce((product, side) => product * side, 1)]),
  paramCount: () => 0,
  summary: () => 'flatten',
  columnActivation: (_layer, previous) => previous,
  unitKind: () => flattenLayer.label,
  penalty: () => null,
  link: { token: 'flatten', encode: () => 'flatten', decode: () => ({ kind: 'flatten' }) },
  keras: () => ['    keras.layers.Flatten(),'],
  tfjs: (_layer, _words, inputShape) => [`model.add(tf.layers.flatten(${inputShape ? `{ ${inputShape} }` : ''}));`],
};
