import { z } from '../zodSetup';
import { ACTIVATION_LABELS, activationInSentence } from '../displayNames';
import { fieldSchemas } from '../fieldSchemas';
import { kernelCode } from './dense';
import { slideWindow } from './imageShape';
import type { LayerKindEntry } from './layerKind';

export const conv2dSchema = z.object({
  kind: z.literal('conv2d'),
  filters: fieldSchemas.filters,
  kernelSize: fieldSchemas.kernelSize,
  stride: fieldSchemas.stride,
  padding: fieldSchemas.padding,
  activation: fieldSchemas.hiddenActivation,
  initializer: fieldSchemas.initializer,
  leakySlope: fieldSchemas.leakySlope,
  l1: fieldSchemas.l1,
  l2: fieldSchemas.l2,
});
export type Conv2dLayerSpec = z.infer<typeof conv2dSchema>;

const DEFAULT_SLOPE = 0.01;
const asNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text) + 0);
const LINK_OPTIONS: Record<string, 'stride' | 'padding' | 'initializer' | 'leakySlope' | 'l1' | 'l2'> = {
  s: 'stride',
  pad: 'padding',
  init: 'initializer',
  slope: 'leakySlope',
  l1: 'l1',
  l2: 'l2',
};
const TEXT_OPTIONS = new Set(['pad', 'init']);

export const conv2dLayer: LayerKindEntry<Conv2dLayerSpec> = {
  kind: 'conv2d',
  label: 'Convolution 2D',
  schema: conv2dSchema,
  defaults(like) {
    const conv = like?.kind === 'conv2d' ? (like as Conv2dLayerSpec) : undefined;
    return {
      kind: 'conv2d',
      filters: conv?.filters ?? 8,
      kernelSize: conv?.kernelSize ?? 3,
      stride: 1,
      padding: 'same',
      activation: conv?.activation ?? 'relu',
      initializer: conv?.initializer ?? 'he',
      leakySlope: DEFAULT_SLOPE,
      l1: 0,
      l2: 0,
    };
  },
  outputShape: (layer, input) => slideWindow(input, `a ${layer.kernelSize}×${layer.kernelSize} convolution`, layer.kernelSize, layer.stride, layer.padding, () => layer.filters),
  // Each filter has a kernel over every input channel, and one bias.
  paramCount: (layer, input) => (layer.kernelSize * layer.kernelSize * input[input.length - 1] + 1) * layer.filters,
  summary: (layer) => `conv ${layer.filters}×${layer.kernelSize}² ${activationInSentence(layer.activation)}`,
  columnActivation: (layer) => layer.activation,
  unitKind: (layer) => `Convolution, ${ACTIVATION_LABELS[layer.activation]}`,
  penalty: (layer) => (layer.l1 === 0 && layer.l2 === 0 ? null : { l1: layer.l1, l2: layer.l2 }),
  link: {
    token: 'conv',
    // "conv:8:3:relu", with "s=2", "pad=valid", "init=glorot", "slope=…", "l1=…", "l2=…" only where not the default.
    encode(layer) {
      const parts = ['conv', String(layer.filters), String(layer.kernelSize), layer.activation];
      if (layer.stride !== 1) parts.push(`s=${layer.stride}`);
      if (layer.padding !== 'same') parts.push(`pad=${layer.padding}`);
      if (layer.initializer !== 'he') parts.push(`init=${layer.initializer}`);
      if (layer.leakySlope !== DEFAULT_SLOPE) parts.push(`slope=${layer.leakySlope}`);
      if (layer.l1 !== 0) parts.push(`l1=${layer.l1}`);
      if (layer.l2 !== 0) parts.push(`l2=${layer.l2}`);
      return parts.join(':');
    },
    decode([filters = '', kernelSize = '', activation, ...options]) {
      const layer: Record<string, unknown> = { ...conv2dLayer.defaults(), filters: asNumber(filters), kernelSize: asNumber(kernelSize), activation };
      for (const option of options) {
        const [key = '', value = ''] = option.split('=');
        if (!(key in LINK_OPTIONS)) return { kind: 'conv2d', filters: NaN };
        layer[LINK_OPTIONS[key]] = TEXT_OPTIONS.has(key) ? value : asNumber(value);
      }
      return layer;
    },
  },
  keras: (layer, words) => [
    `    keras.layers.Conv2D(${layer.filters}, ${layer.kernelSize}, strides=${layer.stride}, padding="${layer.padding}", activation="${words.activation(layer.activation)}", kernel_initializer=${words.initializer(layer.initializer)}${kernelCode.kerasRegularizer(layer, words)}),`,
    ...kernelCode.kerasLeaky(layer, words),
  ],
  tfjs(layer, words, inputShape) {
    const options = [
      inputShape,
      `filters: ${layer.filters}`,
      `kernelSize: ${layer.kernelSize}`,
      `strides: ${layer.stride}`,
      `padding: '${layer.padding}'`,
      `activation: '${words.activation(layer.activation)}'`,
      `kernelInitializer: ${words.initializer(layer.initializer)}`,
      ...kernelCode.tfjsRegularizer(layer),
    ];
    return [`model.add(tf.layers.conv2d({ ${options.filter(Boolean).join(', ')} }));`, ...kernelCode.tfjsLeaky(layer)];
  },
};
