import { z } from '../zodSetup';
import { asImage } from './imageShape';
import { shapeOk, type LayerKindEntry } from './layerKind';

export const globalAveragePooling2dSchema = z.object({ kind: z.literal('globalAveragePooling2d') });
export type GlobalAveragePooling2dLayerSpec = z.infer<typeof globalAveragePooling2dSchema>;

export const globalAveragePooling2dLayer: LayerKindEntry<GlobalAveragePooling2dLayerSpec> = {
  kind: 'globalAveragePooling2d',
  label: 'Global average pooling',
  schema: globalAveragePooling2dSchema,
  defaults: () => ({ kind: 'globalAveragePooling2d' }),
  // One number per channel: the mean of its whole feature map.
  outputShape(_layer, input) {
    const image = asImage(input, 'global average pooling');
    return image.ok ? shapeOk([image.channels]) : image.result;
  },
  paramCount: () => 0,
  summary: () => 'global average pool',
  columnActivation: (_layer, previous) => previous,
  unitKind: () => globalAveragePooling2dLayer.label,
  penalty: () => null,
  link: { token: 'gap', encode: () => 'gap', decode: () => ({ kind: 'globalAveragePooling2d' }) },
  keras: () => ['    keras.layers.GlobalAveragePooling2D(),'],
  tfjs: (_layer, _words, inputShape) => [`model.add(tf.layers.globalAveragePooling2d({ ${inputShape} }));`],
};
