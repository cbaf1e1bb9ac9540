import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImageSet } from '../../data/images/imageSet';
import { buildTrainingData } from '../../data/trainingData';
import { DEFAULT_IMAGE_STACKS } from '../defaultStacks';
import { inferShapes } from '../layers/inferShapes';
import { DEFAULT_SPEC, cloneSpec } from '../defaults';
import { defaultLayer } from '../layers/registry';
import type { DenseLayerSpec, PlaygroundSpec } from '../spec';
import { codeData } from './codeData';
import { kerasCode } from './kerasCode';
import { tfjsCode } from './tfjsCode';

const dense = (units: number, activation: DenseLayerSpec['activation'], extra: Partial<DenseLayerSpec> = {}): DenseLayerSpec => ({
  ...defaultLayer('dense'),
  units,
  activation,
  ...extra,
});

function variant(edit: (spec: PlaygroundSpec) => void): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data.numPoints = 120;
  spec.training.epochs = 2;
  edit(spec);
  return spec;
}

const SPECS: Record<string, PlaygroundSpec> = {
  default: variant(() => undefined),
  'three classes, every layer kind, Adam': variant((s) => {
    s.data.dataset = 'spiral3';
    s.network.hidden = [dense(6, 'leakyRelu', { leakySlope: 0.2, initializer: 'he', l2: 0.001 }), { kind: 'dropout', rate: 0.2 }, { kind: 'batchNorm' }, dense(5, 'gelu', { l1: 0.01 })];
    s.network.outputActivation = 'softmax';
    s.training.loss = 'categoricalCrossEntropy';
    s.training.optimizer = 'adam';
  }),
  'sine, sum of squared errors, momentum, clipping': variant((s) => {
    s.data.dataset = 'sine';
    s.network.outputActivation = 'linear';
    s.network.hidden = [dense(8, 'swish'), dense(4, 'elu', { initializer: 'uniform01' })];
    s.training.loss = 'sumSquaredError';
    s.training.optimizer = 'momentum';
    // A sum over the batch makes steps ten times larger than a mean: keep them small enough not to
    // diverge in tfjs's fit, which (unlike the playground) has no clipping and shuffles unseeded.
    s.training.learningRate = 0.002;
    s.training.gradientClip = 1;
  }),
  'Huber and Adadelta': variant((s) => {
    s.data.dataset = 'plane';
    s.network.outputActivation = 'linear';
    s.network.hidden = [dense(3, 'selu'), dense(3, 'softplus')];
    s.training.loss = 'huber';
    s.training.optimizer = 'adadelta';
  }),
  'hinge, RMSProp, zeros': variant((s) => {
    s.network.outputActivation = 'linear';
    s.network.outputInitializer = 'zeros';
    s.training.loss = 'hinge';
    s.training.optimizer = 'rmsprop';
  }),
  'cross-entropy, Adamax, batch gradient descent data': variant((s) => {
    s.network.outputActivation = 'sigmoid';
    s.training.loss = 'binaryCrossEntropy';
    s.training.optimizer = 'adamax';
    s.network.hidden = [dense(4, 'sigmoid'), dense(2, 'relu')];
  }),
};

/** Output shape of every tfjs layer the network should have (leaky ReLU is its own layer). */
function expectedShapes(spec: PlaygroundSpec, outputs: number): Array<[null, number]> {
  let width = spec.network.features.length;
  const shapes: Array<[null, number]> = [];
  for (const layer of spec.network.hidden) {
    if (layer.kind === 'dense') width = layer.units;
    shapes.push([null, width]);
    if (layer.kind === 'dense' && layer.activation === 'leakyRelu') shapes.push([null, width]);
  }
  shapes.push([null, outputs]);
  return shapes;
}

// Names that exist in tf.keras (TensorFlow 2.16+ with Keras 3), from its API reference.
const TF_KERAS_NAMES = new Set([
  'keras.utils.set_random_seed', 'keras.Sequential', 'keras.Input', 'keras.layers.Dense', 'keras.layers.Dropout',
  'keras.layers.BatchNormalization', 'keras.layers.LeakyReLU', 'keras.initializers.RandomUniform', 'keras.regularizers.L1L2',
  'keras.losses.MeanSquaredError', 'keras.losses.MeanAbsoluteError', 'keras.losses.Huber', 'keras.losses.BinaryCrossentropy',
  'keras.losses.CategoricalCrossentropy', 'keras.losses.Hinge', 'keras.optimizers.SGD', 'keras.optimizers.Adam',
  'keras.optimizers.Adagrad', 'keras.optimizers.RMSprop', 'keras.optimizers.Adadelta', 'keras.optimizers.Adamax',
  'keras.layers.Conv2D', 'keras.layers.MaxPooling2D', 'keras.layers.AveragePooling2D', 'keras.layers.Flatten', 'keras.layers.GlobalAveragePooling2D',
  'keras.layers.SimpleRNN', 'keras.layers.LSTM', 'keras.layers.GRU',
]);

const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.codegen-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated code', () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    const data = codeData(spec, buildTrainingData(spec, null)!);

    it(`${name}: the TensorFlow.js program trains in Node and builds the same layer shapes`, () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.cjs`);
      writeFileSync(file, tfjsCode(spec, data));
      const output = execFileSync('node', [file], { encoding: 'utf8', cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      const loss = Number(/final training loss (\S+)/.exec(output)?.[1]);
      expect(Number.isFinite(loss)).toBe(true);
      const shapes = JSON.parse(/layers (.+)/.exec(output)![1]);
      expect(shapes).toEqual(expectedShapes(spec, data.outputs));
    }, 60_000);

    it(`${name}: the Keras program compiles and uses only names that exist in tf.keras`, () => {
      const code = kerasCode(spec, data);
      const file = join(dir, `${name.replace(/\W+/g, '_')}.py`);
      writeFileSync(file, code);
      execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
      const used = [...code.matchAll(/\bkeras(?:\.\w+)+/g)].map((m) => m[0]);
      expect(used.length).toBeGreaterThan(4);
      for (const keras of used) expect(TF_KERAS_NAMES, keras).toContain(keras);
      expect(code).toContain(`epochs=${spec.training.epochs}`);
      expect(code).toContain(`batch_size=${data.batchSize}`);
    });
  }

  it('writes the hyper-parameters exactly', () => {
    const spec = SPECS['three classes, every layer kind, Adam'];
    const data = codeData(spec, buildTrainingData(spec, null)!);
    const keras = kerasCode(spec, data);
    expect(keras).toContain('keras.optimizers.Adam(learning_rate=0.03, beta_1=0.9, beta_2=0.999, epsilon=1e-7)');
    expect(keras).toContain('keras.layers.LeakyReLU(negative_slope=0.2)');
    expect(keras).toContain('kernel_initializer="he_normal", kernel_regularizer=keras.regularizers.L1L2(l1=0.0, l2=0.001)');
    expect(keras).toContain('keras.layers.Dropout(0.2)');
    expect(keras).toContain('loss=keras.losses.CategoricalCrossentropy()');
    const js = tfjsCode(spec, data);
    expect(js).toContain('tf.train.adam(0.03, 0.9, 0.999, 1e-7)');
    expect(js).toContain("activation: 'softmax'");
  });
});

describe('generated code for an image set', () => {
  const spec = variant((s) => {
    s.data.dataset = 'digits8';
    s.network.hidden = structuredClone(DEFAULT_IMAGE_STACKS.digits8);
    s.network.outputActivation = 'softmax';
    s.training.loss = 'categoricalCrossEntropy';
    s.training.epochs = 1;
  });
  const shipped = new URL('../../../public/datasets/digits8.bin', import.meta.url);
  const bytes = readFileSync(shipped);
  const data = codeData(spec, buildTrainingData(spec, null, decodeImageSet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), 'digits8'))!);

  it('reads the images from the shipped file instead of writing them out', () => {
    for (const code of [kerasCode(spec, data), tfjsCode(spec, data)]) {
      expect(code).toMatch(/digits8\.bin/);
      expect(code.length).toBeLessThan(6000);
    }
  });

  it('the TensorFlow.js program reads digits8.bin beside it, trains in Node and builds the CNN\'s shapes', () => {
    const file = join(dir, 'digits.cjs');
    copyFileSync(shipped, join(dir, 'digits8.bin'));
    writeFileSync(file, tfjsCode(spec, data));
    const output = execFileSync('node', [file], { encoding: 'utf8', cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    expect(Number.isFinite(Number(/final training loss (\S+)/.exec(output)?.[1]))).toBe(true);
    expect(JSON.parse(/layers (.+)/.exec(output)![1])).toEqual(inferShapes(spec).layers.map((l) => [null, ...l.output!]));
  }, 120_000);

  it('the Keras program compiles and uses only names that exist in tf.keras', () => {
    const code = kerasCode(spec, data);
    const file = join(dir, 'digits.py');
    writeFileSync(file, code);
    execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
    for (const keras of [...code.matchAll(/\bkeras(?:\.\w+)+/g)].map((m) => m[0])) expect(TF_KERAS_NAMES, keras).toContain(keras);
    expect(code).toContain('keras.Input(shape=(8, 8, 1))');
  });
});

describe('generated code for sequences', () => {
  const recurrent = (kind: 'simpleRnn' | 'lstm' | 'gru', units: number, returnSequences = false) => ({ kind, units, activation: 'tanh' as const, returnSequences, initializer: 'glorot' as const, dropout: 0 });
  const SEQUENCE_SPECS: Record<string, PlaygroundSpec> = {
    'sine wave, LSTM': variant((s) => {
      s.data.dataset = 'sineWave';
      s.data.numPoints = 200;
      s.network.hidden = [recurrent('lstm', 8)];
      s.network.outputActivation = 'linear';
    }),
    'sine wave, a dense output at every step of an LSTM': variant((s) => {
      s.data.dataset = 'sineWave';
      s.data.numPoints = 100;
      s.data.window = 6;
      s.network.hidden = [recurrent('lstm', 4, true)];
      s.network.outputActivation = 'linear';
    }),
    'memory task, GRU over SimpleRNN sequences, Adam': variant((s) => {
      s.data.dataset = 'memory';
      s.data.numPoints = 100;
      s.data.window = 6;
      s.network.hidden = [recurrent('simpleRnn', 5, true), recurrent('gru', 4)];
      s.network.outputActivation = 'softmax';
      s.training.loss = 'categoricalCrossEntropy';
      s.training.optimizer = 'adam';
    }),
  };
  for (const [name, spec] of Object.entries(SEQUENCE_SPECS)) {
    const data = codeData(spec, buildTrainingData(spec, null)!);

    it(`${name}: the TensorFlow.js program trains in Node on [steps, features] examples and builds the same layer shapes`, () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.cjs`);
      writeFileSync(file, tfjsCode(spec, data));
      const output = execFileSync('node', [file], { encoding: 'utf8', cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
      expect(Number.isFinite(Number(/final training loss (\S+)/.exec(output)?.[1]))).toBe(true);
      expect(JSON.parse(/layers (.+)/.exec(output)![1])).toEqual(inferShapes(spec).layers.map((l) => [null, ...l.output!]));
    }, 120_000);

    it(`${name}: the Keras program compiles, reads its examples as [steps, features] and uses only names in tf.keras`, () => {
      const code = kerasCode(spec, data);
      const file = join(dir, `${name.replace(/\W+/g, '_')}.py`);
      writeFileSync(file, code);
      execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
      for (const keras of [...code.matchAll(/\bkeras(?:\.\w+)+/g)].map((m) => m[0])) expect(TF_KERAS_NAMES, keras).toContain(keras);
      expect(code).toContain(`keras.Input(shape=(${spec.data.window}, ${data.exampleShape[1]}))`);
      for (const layer of spec.network.hidden) expect(code).toContain(`keras.layers.${{ simpleRnn: 'SimpleRNN', lstm: 'LSTM', gru: 'GRU' }[layer.kind as 'lstm']}(`);
      // Targets as the network outputs them: one per example, or one per step.
      expect(code).toContain(`y_test = np.array(`);
      expect(code).toMatch(new RegExp(`y_test = np\\.array\\(.*\\.reshape\\(-1, ${data.targetShape.join(', ')}\\)`, 's'));
    });
  }
});
