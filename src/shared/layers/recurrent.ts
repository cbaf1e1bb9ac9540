import { z } from '../zodSetup';
import { ACTIVATION_LABELS, activationInSentence } from '../displayNames';
import { fieldSchemas } from '../fieldSchemas';
import { formatShape, shapeOk, shapeProblem, type LayerKindEntry } from './layerKind';

const recurrentFields = {
  units: fieldSchemas.units,
  activation: fieldSchemas.hiddenActivation,
  returnSequences: fieldSchemas.returnSequences,
  initializer: fieldSchemas.initializer,
  // Keras's `dropout`: a share of the inputs dropped while training, the same ones at every step.
  // Layers saved before it existed read as 0 (the migration).
  dropout: fieldSchemas.dropoutRate.default(0),
};
export const simpleRnnSchema = z.object({ kind: z.literal('simpleRnn'), ...recurrentFields });
export const lstmSchema = z.object({ kind: z.literal('lstm'), ...recurrentFields });
export const gruSchema = z.object({ kind: z.literal('gru'), ...recurrentFields });
export type SimpleRnnLayerSpec = z.infer<typeof simpleRnnSchema>;
export type LstmLayerSpec = z.infer<typeof lstmSchema>;
export type GruLayerSpec = z.infer<typeof gruSchema>;
export type RecurrentLayerSpec = SimpleRnnLayerSpec | LstmLayerSpec | GruLayerSpec;

const asNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text) + 0);

interface RecurrentKind<S extends RecurrentLayerSpec> {
  kind: S['kind'];
  label: string;
  token: string;
  /** Weight blocks per unit: 1 for SimpleRNN, 4 gates for LSTM, 3 for GRU (tfjs's GRU has one bias per gate). */
  gates: number;
  keras: string;
  tfjs: string;
  schema: z.ZodType<S>;
}

/** SimpleRNN, LSTM and GRU share their settings and their shapes; they differ in gates. */
function recurrentEntry<S extends RecurrentLayerSpec>({ kind, label, token, gates, keras, tfjs, schema }: RecurrentKind<S>): LayerKindEntry<S> {
  return {
    kind,
    label,
    schema,
    defaults(like) {
      const previous = like && ['simpleRnn', 'lstm', 'gru'].includes(like.kind) ? (like as RecurrentLayerSpec) : undefined;
      return {
        kind,
        units: previous?.units ?? 16,
        activation: previous?.activation ?? 'tanh',
        returnSequences: previous?.returnSequences ?? false,
        initializer: previous?.initializer ?? 'glorot',
        dropout: previous?.dropout ?? 0,
      } as S;
    },
    outputShape(layer, input) {
      if (input.length !== 2) {
        return shapeProblem(`a recurrent layer reads a sequence [steps, features], not ${formatShape(input)}${input.length === 1 ? ': the layer before it must return sequences' : ''}`);
      }
      if (input[0] < 1) return shapeProblem('a sequence needs at least one time step');
      return shapeOk(layer.returnSequences ? [input[0], layer.units] : [layer.units]);
    },
    // Per gate: a kernel from the inputs, a recurrent kernel from the previous state, and a bias.
    paramCount: (layer, input) => gates * layer.units * (input[input.length - 1] + layer.units + 1),
    summary: (layer) => `${token} ${layer.units} ${activationInSentence(layer.activation)}${layer.returnSequences ? ' (sequences)' : ''}${layer.dropout > 0 ? `, input dropout ${layer.dropout}` : ''}`,
    columnActivation: (layer) => layer.activation,
    unitKind: (layer) => `${label}, ${ACTIVATION_LABELS[layer.activation]}`,
    penalty: () => null,
    link: {
      token,
      // "lstm:16:tanh", with ":seq" when it returns sequences, "init=he" when not Glorot, "drop=0.2" with dropout.
      encode: (layer) =>
        [
          token,
          String(layer.units),
          layer.activation,
          ...(layer.returnSequences ? ['seq'] : []),
          ...(layer.initializer !== 'glorot' ? [`init=${layer.initializer}`] : []),
          ...(layer.dropout > 0 ? [`drop=${layer.dropout}`] : []),
        ].join(':'),
      decode([units = '', activation, ...options]) {
        const layer: Record<string, unknown> = { kind, units: asNumber(units), activation, returnSequences: false, initializer: 'glorot', dropout: 0 };
        for (const option of options) {
          if (option === 'seq') layer.returnSequences = true;
          else if (option.startsWith('init=')) layer.initializer = option.slice(5);
          else if (option.startsWith('drop=')) layer.dropout = asNumber(option.slice(5));
          else return { kind, units: NaN };
        }
        return layer;
      },
    },
    keras: (layer, words) => [
      `    keras.layers.${keras}(${layer.units}, activation="${words.activation(layer.activation)}", return_sequences=${layer.returnSequences ? 'True' : 'False'}, kernel_initializer=${words.initializer(layer.initializer)}${layer.dropout > 0 ? `, dropout=${words.number(layer.dropout)}` : ''}),`,
    ],
    tfjs: (layer, words, inputShape) => [
      `model.add(tf.layers.${tfjs}({ ${[inputShape, `units: ${layer.units}`, `activation: '${words.activation(layer.activation)}'`, ...(kind === 'simpleRnn' ? [] : ["recurrentActivation: 'sigmoid'"]), `returnSequences: ${layer.returnSequences}`, `kernelInitializer: ${words.initializer(layer.initializer)}`, layer.dropout > 0 ? `dropout: ${layer.dropout}` : ''].filter(Boolean).join(', ')} }));`,
    ],
  };
}

export const simpleRnnLayer = recurrentEntry<SimpleRnnLayerSpec>({ kind: 'simpleRnn', label: 'SimpleRNN', token: 'rnn', gates: 1, keras: 'SimpleRNN', tfjs: 'simpleRNN', schema: simpleRnnSchema });
export const lstmLayer = recurrentEntry<LstmLayerSpec>({ kind: 'lstm', label: 'LSTM', token: 'lstm', gates: 4, keras: 'LSTM', tfjs: 'lstm', schema: lstmSchema });
export const gruLayer = recurrentEntry<GruLayerSpec>({ kind: 'gru', label: 'GRU', token: 'gru', gates: 3, keras: 'GRU', tfjs: 'gru', schema: gruSchema });
