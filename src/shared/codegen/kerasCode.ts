import { inferShapes } from '../layers/inferShapes';
import type { CodeWords } from '../layers/layerKind';
import { entryOf } from '../layers/registry';
import type { ActivationName, InitializerName, LossName, OptimizerName, PlaygroundSpec, TrainingSpec } from '../spec';
import type { CodeData } from './codeData';

const ACTIVATION: Record<ActivationName, string> = {
  relu: 'relu',
  leakyRelu: 'linear',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  softmax: 'softmax',
  linear: 'linear',
  elu: 'elu',
  selu: 'selu',
  softplus: 'softplus',
  swish: 'swish',
  gelu: 'gelu',
};

const INITIALIZER: Record<InitializerName, string> = {
  glorot: '"glorot_uniform"',
  he: '"he_normal"',
  uniform01: 'keras.initializers.RandomUniform(minval=0.0, maxval=1.0)',
  zeros: '"zeros"',
};

const LOSS: Record<LossName, string> = {
  meanSquaredError: 'keras.losses.MeanSquaredError()',
  sumSquaredError: 'sum_squared_error',
  meanAbsoluteError: 'keras.losses.MeanAbsoluteError()',
  huber: 'keras.losses.Huber(delta=1.0)',
  binaryCrossEntropy: 'keras.losses.BinaryCrossentropy()',
  categoricalCrossEntropy: 'keras.losses.CategoricalCrossentropy()',
  hinge: 'keras.losses.Hinge()',
};

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

function optimizer(t: TrainingSpec): string {
  const clip = t.gradientClip > 0 ? `, global_clipnorm=${py(t.gradientClip)}` : '';
  const lr = `learning_rate=${py(t.learningRate)}`;
  const calls: Record<OptimizerName, string> = {
    batchGd: `keras.optimizers.SGD(${lr}${clip})`,
    sgd: `keras.optimizers.SGD(${lr}${clip})`,
    miniBatchSgd: `keras.optimizers.SGD(${lr}${clip})`,
    momentum: `keras.optimizers.SGD(${lr}, momentum=${py(t.momentum)}${clip})`,
    adam: `keras.optimizers.Adam(${lr}, beta_1=${py(t.beta1)}, beta_2=${py(t.beta2)}, epsilon=${t.epsilon}${clip})`,
    adagrad: `keras.optimizers.Adagrad(${lr}, initial_accumulator_value=0.1${clip})`,
    rmsprop: `keras.optimizers.RMSprop(${lr}, rho=${py(t.rho)}, epsilon=${t.epsilon}${clip})`,
    adadelta: `keras.optimizers.Adadelta(${lr}, rho=${py(t.rho)}, epsilon=${t.epsilon}${clip})`,
    adamax: `keras.optimizers.Adamax(${lr}, beta_1=${py(t.beta1)}, beta_2=${py(t.beta2)}, epsilon=${t.epsilon}${clip})`,
  };
  return calls[t.optimizer];
}

const WORDS: CodeWords = { activation: (name) => ACTIVATION[name], initializer: (name) => INITIALIZER[name], number: py };

const rows = (values: number[][]) => `[${values.map((r) => `[${r.join(', ')}]`).join(',\n    ')}]`;

/** The data: written out for points and tables, read from the shipped file for an image set. */
function dataLines(data: CodeData): string[] {
  if (data.imageFile) {
    return [
      `# The images: ${data.imageFile} from the playground (public/datasets/ in its repository, or /datasets/ on its site),`,
      '# next to this file. Format: "NPIM", version, count, height, width, channels, classes, training count;',
      '# then one label byte per image, then grey levels 0..255. The first images are the training split.',
      'def load_image_set(path):',
      '    raw = np.fromfile(path, dtype=np.uint8)',
      '    assert raw[:4].tobytes() == b"NPIM", "not a playground image set"',
      '    count, train = int(raw[5:9].view("<u4")[0]), int(raw[15:19].view("<u4")[0])',
      '    height, width = int(raw[9:11].view("<u2")[0]), int(raw[11:13].view("<u2")[0])',
      '    channels, classes = int(raw[13]), int(raw[14])',
      '    labels = raw[19:19 + count]',
      '    images = raw[19 + count:].reshape(count, height, width, channels).astype(np.float32) / 255.0',
      '    targets = np.eye(classes, dtype=np.float32)[labels]',
      '    return (images[:train], targets[:train]), (images[train:], targets[train:])',
      '',
      `(x_train, y_train), (x_test, y_test) = load_image_set("${data.imageFile}")`,
    ];
  }
  return [
    '# The data, written out as the playground trains on it (targets already encoded).',
    ...(data.omittedRows > 0 ? [`# ${data.omittedRows} rows were left out to keep this file readable.`] : []),
    `x_train = np.array(${rows(data.xTrain)}, dtype=np.float32)${data.exampleShape.length > 1 ? `.reshape(-1, ${data.exampleShape.join(', ')})` : ''}`,
    `y_train = np.array(${rows(data.yTrain)}, dtype=np.float32)${data.targetShape.length > 1 ? `.reshape(-1, ${data.targetShape.join(', ')})` : ''}`,
    `x_test = np.array(${rows(data.xTest)}, dtype=np.float32).reshape(-1, ${data.exampleShape.join(', ')})`,
    `y_test = np.array(${rows(data.yTest)}, dtype=np.float32).reshape(-1, ${data.targetShape.join(', ')})`,
  ];
}

/** A Keras (TensorFlow 2.16+, Keras 3) program that builds and trains the same network on the same data. */
export function kerasCode(spec: PlaygroundSpec, data: CodeData): string {
  const { network, training } = spec;
  const shapes = inferShapes(spec);
  const layers = shapes.layers.flatMap(({ layer }) => entryOf(layer).keras(layer, WORDS));
  const classification = network.outputActivation === 'softmax' || ['sigmoid', 'tanh'].includes(network.outputActivation);
  const sse = training.loss === 'sumSquaredError'
    ? ['', '', 'def sum_squared_error(y_true, y_pred):', '    """Sum of squared errors over the whole batch, as the playground trains it."""', '    return tf.reduce_sum(tf.square(y_true - y_pred))']
    : [];
  return [
    '"""Generated by Neural Playground: the same network, loss, optimizer and data, in Keras."""',
    'import numpy as np',
    'import tensorflow as tf',
    'from tensorflow import keras',
    ...sse,
    '',
    `keras.utils.set_random_seed(${training.seed})`,
    'model = keras.Sequential([',
    `    keras.Input(shape=(${shapes.input.join(', ')}${shapes.input.length === 1 ? ',' : ''})),`,
    ...layers,
    '])',
    `model.compile(optimizer=${optimizer(training)}, loss=${LOSS[training.loss]}${classification && network.outputActivation === 'softmax' ? ', metrics=["categorical_accuracy"]' : ''})`,
    '',
    ...dataLines(data),
    '',
    `history = model.fit(x_train, y_train, epochs=${training.epochs ?? 100}, batch_size=${data.batchSize}, shuffle=True,`,
    '                    validation_data=(x_test, y_test) if len(x_test) else None, verbose=2)',
    'model.summary()',
    '',
  ].join('\n');
}
