import { z } from '../zodSetup';
import { ACTIVATION_LABELS, activationInSentence } from '../displayNames';
import { fieldSchemas } from '../fieldSchemas';
import { formatShape, shapeOk, shapeProblem, type CodeWords, type LayerKindEntry } from './layerKind';

export const denseSchema = z.object({
  kind: z.literal('dense'),
  units: fieldSchemas.units,
  activation: fieldSchemas.hiddenActivation,
  initializer: fieldSchemas.initializer,
  /** Slope for negative inputs, used by leaky ReLU only. */
  leakySlope: fieldSchemas.leakySlope,
  l1: fieldSchemas.l1,
  l2: fieldSchemas.l2,
});
export type DenseLayerSpec = z.infer<typeof denseSchema>;

const DEFAULT_SLOPE = 0.01;
const LINK_OPTIONS: Record<string, 'initializer' | 'leakySlope' | 'l1' | 'l2'> = { init: 'initializer', slope: 'leakySlope', l1: 'l1', l2: 'l2' };
/** " (slope 0.2)" for a leaky ReLU whose slope is not the default; empty otherwise. */
export const slopeNote = (layer: DenseLayerSpec): string => (layer.activation === 'leakyRelu' && layer.leakySlope !== DEFAULT_SLOPE ? ` (slope ${layer.leakySlope})` : '');
const asNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text) + 0);

type KernelSettings = Pick<DenseLayerSpec, 'activation' | 'leakySlope' | 'l1' | 'l2'>;

/** Code lines shared by the layers with a kernel (dense, convolution): the L1/L2 option and leaky ReLU as its own layer. */
export const kernelCode = {
  kerasRegularizer: ({ l1, l2 }: KernelSettings, words: CodeWords) => (l1 || l2 ? `, kernel_regularizer=keras.regularizers.L1L2(l1=${words.number(l1)}, l2=${words.number(l2)})` : ''),
  kerasLeaky: (layer: KernelSettings, words: CodeWords) => (layer.activation === 'leakyRelu' ? [`    keras.layers.LeakyReLU(negative_slope=${words.number(layer.leakySlope)}),`] : []),
  tfjsRegularizer: ({ l1, l2 }: KernelSettings) => (l1 || l2 ? [`kernelRegularizer: tf.regularizers.l1l2({ l1: ${l1}, l2: ${l2} })`] : []),
  tfjsLeaky: (layer: KernelSettings) => (layer.activation === 'leakyRelu' ? [`model.add(tf.layers.leakyReLU({ alpha: ${layer.leakySlope} }));`] : []),
};

export const denseLayer: LayerKindEntry<DenseLayerSpec> = {
  kind: 'dense',
  label: 'Dense',
  schema: denseSchema,
  defaults(like) {
    const dense = like?.kind === 'dense' ? (like as DenseLayerSpec) : undefined;
    return {
      kind: 'dense',
      units: dense?.units ?? 4,
      activation: dense?.activation ?? 'tanh',
      initializer: dense?.initializer ?? 'glorot',
      leakySlope: DEFAULT_SLOPE,
      l1: 0,
      l2: 0,
    };
  },
  outputShape(layer, input) {
    // On a sequence [steps, features] it acts at every step (as Keras's Dense does on 3-D input): the
    // same weights for each step, giving [steps, units]. Images must be flattened first.
    if (input.length === 2) return shapeOk([input[0], layer.units]);
    if (input.length !== 1) return shapeProblem(`a dense layer takes a flat list of numbers, not ${formatShape(input)}: put a Flatten layer before it`);
    return shapeOk([layer.units]);
  },
  paramCount: (layer, input) => (input[input.length - 1] + 1) * layer.units,
  summary: (layer) => `${layer.units} ${activationInSentence(layer.activation)}${slopeNote(layer)}`,
  columnActivation: (layer) => layer.activation,
  unitKind: (layer) => ACTIVATION_LABELS[layer.activation],
  penalty: (layer) => (layer.l1 === 0 && layer.l2 === 0 ? null : { l1: layer.l1, l2: layer.l2 }),
  link: {
    token: null,
    // "4:tanh", with "init=he", "slope=0.1", "l1=…", "l2=…" only where not the default.
    encode(layer) {
      const parts = [String(layer.units), layer.activation];
      if (layer.initializer !== 'glorot') parts.push(`init=${layer.initializer}`);
      if (layer.leakySlope !== DEFAULT_SLOPE) parts.push(`slope=${layer.leakySlope}`);
      if (layer.l1 !== 0) parts.push(`l1=${layer.l1}`);
      if (layer.l2 !== 0) parts.push(`l2=${layer.l2}`);
      return parts.join(':');
    },
    decode([units = '', activation, ...options]) {
      const layer: Record<string, unknown> = { ...denseLayer.defaults(), units: asNumber(units), activation };
      for (const option of options) {
        const [key = '', value = ''] = option.split('=');
        if (!(key in LINK_OPTIONS)) return { kind: 'dense', units: NaN };
        layer[LINK_OPTIONS[key]] = key === 'init' ? value : asNumber(value);
      }
      return layer;
    },
  },
  keras: (layer, words) => [
    `    keras.layers.Dense(${layer.units}, activation="${words.activation(layer.activation)}", kernel_initializer=${words.initializer(layer.initializer)}${kernelCode.kerasRegularizer(layer, words)}),`,
    ...kernelCode.kerasLeaky(layer, words),
  ],
  tfjs(layer, words, inputShape) {
    const options = [inputShape, `units: ${layer.units}`, `activation: '${words.activation(layer.activation)}'`, `kernelInitializer: ${words.initializer(layer.initializer)}`, ...kernelCode.tfjsRegularizer(layer)];
    return [`model.add(tf.layers.dense({ ${options.filter(Boolean).join(', ')} }));`, ...kernelCode.tfjsLeaky(layer)];
  },
};
