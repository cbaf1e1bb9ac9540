import type { ActivationName, BackendChoice, LossName } from './spec';

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
