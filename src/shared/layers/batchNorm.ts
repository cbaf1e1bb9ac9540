import { z } from '../zodSetup';
import { shapeOk, type LayerKindEntry } from './layerKind';

export const batchNormSchema = z.object({ kind: z.literal('batchNorm') });
export type BatchNormLayerSpec = z.infer<typeof batchNormSchema>;

/** Keras's and tfjs's defaults, written out because the engine and generated code must agree on them. */
export const BATCH_NORM_EPSILON = 1e-3;
export const BATCH_NORM_MOMENTUM = 0.99;

export const batchNormLayer: LayerKindEntry<BatchNormLayerSpec> = {
  kind: 'batchNorm',
  label: 'Batch normalization',
  schema: batchNormSchema,
  defaults: () => ({ kind: 'batchNorm' }),
  outputShape: (_layer, input) => shapeOk(input),
  // γ and β are learned; the moving mean and variance are kept, not learned: Keras counts all four.
  paramCount: (_layer, input) => 4 * input[input.length - 1],
  summary: () => 'batch norm',
  columnActivation: () => 'linear',
  unitKind: () => batchNormLayer.label,
  penalty: () => null,
  link: { token: 'batchnorm', encode: () => 'batchnorm', decode: () => ({ kind: 'batchNorm' }) },
  keras: () => [`    keras.layers.BatchNormalization(momentum=${BATCH_NORM_MOMENTUM}, epsilon=${BATCH_NORM_EPSILON}),`],
  tfjs: (_layer, _words, inputShape) => [
    `model.add(tf.layers.batchNormalization({ ${[inputShape, `momentum: ${BATCH_NORM_MOMENTUM}`, `epsilon: ${BATCH_NORM_EPSILON}`].filter(Boolean).join(', ')} }));`,
  ],
};
