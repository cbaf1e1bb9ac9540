import type { ActivationName, BackendChoice, DatasetName, FeatureName, LossName, OptimizerName } from './spec';

// The names the page's menus show. Kept here, not with the menus, because sentences the store and
// the compatibility checks write must use the same words as the controls they talk about.

export const ACTIVATION_LABELS: Record<ActivationName, string> = {
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  softmax: 'Softmax',
  linear: 'Linear',
  elu: 'ELU',
  selu: 'SELU',
  softplus: 'Softplus',
  swish: 'Swish',
  gelu: 'GELU',
};

export const LOSS_LABELS: Record<LossName, string> = {
  meanSquaredError: 'Mean squared error',
  sumSquaredError: 'Sum of squared errors',
  meanAbsoluteError: 'Mean absolute error',
  huber: 'Huber',
  binaryCrossEntropy: 'Binary cross-entropy',
  categoricalCrossEntropy: 'Categorical cross-entropy',
  hinge: 'Hinge',
};

export const BACKEND_LABELS: Record<BackendChoice, string> = {
  auto: 'Auto (fastest)',
  webgl: 'WebGL (GPU)',
  wasm: 'WebAssembly',
  cpu: 'CPU (plain JS)',
};

/** What a learner reads; also the accessible name of the checkbox ("Feature " + this). */
export const FEATURE_LABELS: Record<FeatureName, string> = {
  x1: 'x1',
  x2: 'x2',
  x1Squared: 'x1 squared',
  x2Squared: 'x2 squared',
  x1TimesX2: 'x1 times x2',
  sinX1: 'sin x1',
  sinX2: 'sin x2',
};

export const DATASET_LABELS: Record<DatasetName, string> = {
  iris: 'Iris (table, 3 classes)',
  upload: 'Uploaded CSV file',
  circle: 'Circle',
  xor: 'Exclusive or (XOR)',
  gauss: 'Two gaussians',
  spiral: 'Spiral',
  moons: 'Two moons',
  checkerboard: 'Checkerboard',
  spiral3: 'Spiral (3 classes)',
  rings3: 'Rings (3 classes)',
  blobs4: 'Blobs (4 classes)',
  blobs6: 'Blobs (6 classes)',
  plane: 'Plane (regression)',
  multigauss: 'Multi-gaussian (regression)',
  sine: 'Noisy sine, x → y (regression)',
  digits8: 'Digits 8×8',
  mnist: 'Handwritten digits (MNIST)',
  sineWave: 'Sine wave (forecast)',
  squareWave: 'Square wave (forecast)',
  sawtoothWave: 'Sawtooth wave (forecast)',
  twoSines: 'Two sine waves (forecast)',
  sunspots: 'Sunspots 1700–2008 (forecast)',
  memory: 'Memory task (first symbol)',
  characters: 'Characters (nursery rhymes)',
};

/** An activation's name inside a sentence: "tanh", "ReLU" (plain words in lower case, acronyms as they are). */
export function activationInSentence(name: ActivationName): string {
  const label = ACTIVATION_LABELS[name];
  return /^[A-Z][a-z]+$/.test(label) ? label.toLowerCase() : label;
}

export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  batchGd: 'Batch gradient descent',
  sgd: 'Stochastic gradient descent',
  miniBatchSgd: 'Mini-batch SGD',
  momentum: 'Momentum',
  adam: 'Adam',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adadelta: 'Adadelta',
  adamax: 'Adamax',
};
