import type { ActivationName, BackendChoice, LossName, OptimizerName } from '../../shared/spec';

export const ACTIVATION_LABELS: Record<ActivationName, string> = {
  relu: 'ReLU',
  tanh: 'Tanh',
  sigmoid: 'Sigmoid',
  linear: 'Linear',
};

export const LOSS_LABELS: Record<LossName, string> = {
  meanSquaredError: 'Mean squared error',
  binaryCrossEntropy: 'Binary cross-entropy',
};

export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  adam: 'Adam',
};

export const BACKEND_LABELS: Record<BackendChoice, string> = {
  auto: 'Auto (fastest)',
  webgl: 'WebGL (GPU)',
  wasm: 'WebAssembly',
  cpu: 'CPU (plain JS)',
};

export function optionsOf<T extends string>(labels: Record<T, string>, only?: readonly T[]) {
  return (Object.keys(labels) as T[]).filter((key) => !only || only.includes(key)).map((value) => ({ value, label: labels[value] }));
}

/** Loss read-outs: a plain number, never "NaN" or a 90-digit figure. */
export function formatLoss(value: number | undefined): string {
  if (value === undefined) return '–';
  if (!Number.isFinite(value)) return 'diverged';
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  if (Math.abs(value) >= 1e6) return value.toExponential(2);
  return value.toFixed(4);
}
