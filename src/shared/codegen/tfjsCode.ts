import { inferShapes } from '../layers/inferShapes';
import type { CodeWords } from '../layers/layerKind';
import { entryOf } from '../layers/registry';
import type { InitializerName, LossName, OptimizerName, PlaygroundSpec, TrainingSpec } from '../spec';
import type { CodeData } from './codeData';

const INITIALIZER: Record<InitializerName, string> = {
  glorot: "'glorotUniform'",
  he: "'heNormal'",
  uniform01: 'tf.initializers.randomUniform({ minval: 0, maxval: 1 })',
  zeros: "'zeros'",
};

const LOSS: Record<LossName, string> = {
  meanSquaredError: "'meanSquaredError'",
  sumSquaredError: '(yTrue, yPred) => tf.sum(tf.squaredDifference(yTrue, yPred))',
  meanAbsoluteError: "'meanAbsoluteError'",
  huber: '(yTrue, yPred) => tf.losses.huberLoss(yTrue, yPred, undefined, 1)',
  binaryCrossEntropy: "'binaryCrossentropy'",
  categoricalCrossEntropy: "'categoricalCrossentropy'",
  hinge: "'hinge'",
};

function optimizer(t: TrainingSpec): string {
  const calls: Record<OptimizerName, string> = {
    batchGd: `tf.train.sgd(${t.learningRate})`,
    sgd: `tf.train.sgd(${t.learningRate})`,
    miniBatchSgd: `tf.train.sgd(${t.learningRate})`,
    momentum: `tf.train.momentum(${t.learningRate}, ${t.momentum})`,
    adam: `tf.train.adam(${t.learningRate}, ${t.beta1}, ${t.beta2}, ${t.epsilon})`,
    adagrad: `tf.train.adagrad(${t.learningRate}, 0.1)`,
    rmsprop: `tf.train.rmsprop(${t.learningRate}, ${t.rho}, 0, ${t.epsilon})`,
    adadelta: `tf.train.adadelta(${t.learningRate}, ${t.rho}, ${t.epsilon})`,
    adamax: `tf.train.adamax(${t.learningRate}, ${t.beta1}, ${t.beta2}, ${t.epsilon})`,
  };
  return calls[t.optimizer];
}

// Leaky ReLU is a layer of its own in tfjs, as in Keras: the dense layer before it is linear.
const WORDS: CodeWords = {
  activation: (name) => (name === 'leakyRelu' ? 'linear' : name),
  initializer: (name) => INITIALIZER[name],
  number: String,
};

const matrix = (values: number[][], columns: number) => `tf.tensor2d(${JSON.stringify(values)}, [${values.length}, ${columns}])`;
/** Rows of inputs, reshaped into images when the examples are images. */
const examples = (values: number[][], data: CodeData) =>
  data.exampleShape.length > 1 ? `${matrix(values, data.width)}.reshape([-1, ${data.exampleShape.join(', ')}])` : matrix(values, data.width);

/** Rows of targets, reshaped to [steps, outputs] when the network answers at every step. */
const targets = (values: number[][], data: CodeData) => {
  const size = data.targetShape.reduce((a, b) => a * b, 1);
  return data.targetShape.length > 1 ? `${matrix(values, size)}.reshape([-1, ${data.targetShape.join(', ')}])` : matrix(values, size);
};

/** The data: written out for points and tables, read from the shipped file for an image set. */
function dataLines(data: CodeData): string[] {
  if (data.imageFile) {
    return [
      `// The images: ${data.imageFile} from the playground (public/datasets/ in its repository, or /datasets/ on its site),`,
      '// next to this file. Format: "NPIM", version, count, height, width, channels, classes, training count;',
      '// then one label byte per image, then grey levels 0..255. The first images are the training split.',
      'function loadImageSet(path) {',
      "  const raw = require('fs').readFileSync(require('path').join(__dirname, path));",
      "  if (raw.toString('latin1', 0, 4) !== 'NPIM') throw new Error('not a playground image set');",
      '  const [count, height, width, channels, classes, train] = [raw.readUInt32LE(5), raw.readUInt16LE(9), raw.readUInt16LE(11), raw[13], raw[14], raw.readUInt32LE(15)];',
      '  const size = height * width * channels;',
      '  const labels = Array.from(raw.subarray(19, 19 + count));',
      '  const images = Float32Array.from(raw.subarray(19 + count), (v) => v / 255);',
      '  const split = (from, to) => [',
      '    tf.tensor4d(images.subarray(from * size, to * size), [to - from, height, width, channels]),',
      "    tf.oneHot(tf.tensor1d(labels.slice(from, to), 'int32'), classes).toFloat(),",
      '  ];',
      '  return [split(0, train), split(train, count)];',
      '}',
      `const [[xTrain, yTrain], [xTest, yTest]] = loadImageSet('${data.imageFile}');`,
    ];
  }
  return [
    '// The data, written out as the playground trains on it (targets already encoded).',
    ...(data.omittedRows > 0 ? [`// ${data.omittedRows} rows were left out to keep this file readable.`] : []),
    `const xTrain = ${examples(data.xTrain, data)};`,
    `const yTrain = ${targets(data.yTrain, data)};`,
    ...(data.xTest.length ? [`const xTest = ${examples(data.xTest, data)};`, `const yTest = ${targets(data.yTest, data)};`] : []),
  ];
}

/** A TensorFlow.js program for Node (npm install @tensorflow/tfjs) that builds and trains the same network. */
export function tfjsCode(spec: PlaygroundSpec, data: CodeData): string {
  const { training } = spec;
  const shapes = inferShapes(spec);
  const layers = shapes.layers.flatMap(({ layer }, i) => entryOf(layer).tfjs(layer, WORDS, i === 0 ? `inputShape: [${shapes.input.join(', ')}]` : ''));
  return [
    '// Generated by Neural Playground: the same network, loss, optimizer and data, in TensorFlow.js for Node.',
    '// npm install @tensorflow/tfjs   (or @tensorflow/tfjs-node for native speed)',
    "const tf = require('@tensorflow/tfjs');",
    '',
    'const model = tf.sequential();',
    ...layers,
    ...(training.gradientClip > 0 ? [`// The playground clips gradients to a global norm of ${training.gradientClip}; tfjs's model.fit has no such option.`] : []),
    `model.compile({ optimizer: ${optimizer(training)}, loss: ${LOSS[training.loss]} });`,
    '',
    ...dataLines(data),
    '',
    'async function main() {',
    `  const history = await model.fit(xTrain, yTrain, {`,
    `    epochs: ${training.epochs ?? 100},`,
    `    batchSize: ${data.batchSize},`,
    '    shuffle: true,',
    ...(data.xTest.length || data.imageFile ? ['    validationData: [xTest, yTest],'] : []),
    '  });',
    "  console.log('final training loss', history.history.loss.at(-1));",
    "  console.log('layers', JSON.stringify(model.layers.map((layer) => layer.outputShape)));",
    '}',
    'main();',
    '',
  ].join('\n');
}
