import { z } from '../zodSetup';
import { fieldSchemas } from '../fieldSchemas';
import { shapeOk, type LayerKindEntry } from './layerKind';

export const dropoutSchema = z.object({ kind: z.literal('dropout'), rate: fieldSchemas.dropoutRate });
export type DropoutLayerSpec = z.infer<typeof dropoutSchema>;

export const dropoutLayer: LayerKindEntry<DropoutLayerSpec> = {
  kind: 'dropout',
  label: 'Dropout',
  schema: dropoutSchema,
  defaults: () => ({ kind: 'dropout', rate: 0.2 }),
  outputShape: (_layer, input) => shapeOk(input),
  paramCount: () => 0,
  summary: (layer) => `dropout ${layer.rate}`,
  // Dropout passes on what it receives: its neurons mean what the layer before's do.
  columnActivation: (_layer, previous) => previous,
  unitKind: () => dropoutLayer.label,
  penalty: () => null,
  link: {
    token: 'dropout',
    encode: (layer) => `dropout:${layer.rate}`,
    decode: ([rate = '']) => ({ kind: 'dropout', rate: rate.trim() === '' ? NaN : Number(rate) + 0 }),
  },
  keras: (layer, words) => [`    keras.layers.Dropout(${words.number(layer.rate)}),`],
  tfjs: (layer, _words, inputShape) => [`model.add(tf.layers.dropout({ ${[inputShape, `rate: ${layer.rate}`].filter(Boolean).join(', ')} }));`],
};
