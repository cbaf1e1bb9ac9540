import { z } from '../zodSetup';
import { fieldSchemas } from '../fieldSchemas';
import { slideWindow } from './imageShape';
import type { LayerKindEntry } from './layerKind';

const poolFields = { poolSize: fieldSchemas.poolSize, stride: fieldSchemas.stride };
export const maxPool2dSchema = z.object({ kind: z.literal('maxPool2d'), ...poolFields });
export const averagePool2dSchema = z.object({ kind: z.literal('averagePool2d'), ...poolFields });
export type MaxPool2dLayerSpec = z.infer<typeof maxPool2dSchema>;
export type AveragePool2dLayerSpec = z.infer<typeof averagePool2dSchema>;
type PoolSpec = MaxPool2dLayerSpec | AveragePool2dLayerSpec;

const asNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text) + 0);

/** Max and average pooling differ only in what they take of each window: one factory writes both. */
function poolEntry<S extends PoolSpec>(kind: S['kind'], label: string, token: string, word: string, keras: string, tfjs: string, schema: z.ZodType<S>): LayerKindEntry<S> {
  const entry: LayerKindEntry<S> = {
    kind,
    label,
    schema,
    // Keras's default: the stride is the pool size, so windows do not overlap.
    defaults: () => ({ kind, poolSize: 2, stride: 2 }) as S,
    // Pools use whole windows only ("valid", Keras's and tfjs's default).
    outputShape: (layer, input) => slideWindow(input, `a ${layer.poolSize}×${layer.poolSize} pool`, layer.poolSize, layer.stride, 'valid', (channels) => channels),
    paramCount: () => 0,
    summary: (layer) => `${word} ${layer.poolSize}`,
    columnActivation: (_layer, previous) => previous,
    unitKind: () => label,
    penalty: () => null,
    link: {
      token,
      encode: (layer) => [token, String(layer.poolSize), ...(layer.stride !== layer.poolSize ? [`s=${layer.stride}`] : [])].join(':'),
      decode([poolSize = '', ...options]) {
        const size = asNumber(poolSize);
        const layer: Record<string, unknown> = { kind, poolSize: size, stride: size };
        for (const option of options) {
          const [key = '', value = ''] = option.split('=');
          if (key !== 's') return { kind, poolSize: NaN };
          layer.stride = asNumber(value);
        }
        return layer;
      },
    },
    keras: (layer) => [`    keras.layers.${keras}(pool_size=${layer.poolSize}, strides=${layer.stride}),`],
    tfjs: (layer, _words, inputShape) => [`model.add(tf.layers.${tfjs}({ ${[inputShape, `poolSize: ${layer.poolSize}`, `strides: ${layer.stride}`].filter(Boolean).join(', ')} }));`],
  };
  return entry;
}

export const maxPool2dLayer = poolEntry<MaxPool2dLayerSpec>('maxPool2d', 'Max pooling 2D', 'maxpool', 'max pool', 'MaxPooling2D', 'maxPooling2d', maxPool2dSchema);
export const averagePool2dLayer = poolEntry<AveragePool2dLayerSpec>('averagePool2d', 'Average pooling 2D', 'avgpool', 'average pool', 'AveragePooling2D', 'averagePooling2d', averagePool2dSchema);
