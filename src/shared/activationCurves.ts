import type { ActivationName } from './spec';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const SELU_SCALE = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;

/** erf by Abramowitz–Stegun 7.1.26 (error < 1.5e-7): enough to draw a curve. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const bigPhi = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));

/**
 * Each activation and its derivative on plain numbers, for the picture in the activation picker
 * (the engine's tensor versions are tested against these). Softmax is drawn for one unit of two
 * whose other input is 0: a sigmoid-shaped curve.
 */
export const ACTIVATION_CURVES: Record<ActivationName, { f(x: number, slope: number): number; df(x: number, slope: number): number }> = {
  relu: { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
  leakyRelu: { f: (x, s) => (x > 0 ? x : s * x), df: (x, s) => (x > 0 ? 1 : s) },
  sigmoid: { f: sigmoid, df: (x) => sigmoid(x) * (1 - sigmoid(x)) },
  tanh: { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  softmax: { f: sigmoid, df: (x) => sigmoid(x) * (1 - sigmoid(x)) },
  linear: { f: (x) => x, df: () => 1 },
  elu: { f: (x) => (x > 0 ? x : Math.exp(x) - 1), df: (x) => (x > 0 ? 1 : Math.exp(x)) },
  selu: {
    f: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * (Math.exp(x) - 1)),
    df: (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x)),
  },
  softplus: { f: (x) => Math.log1p(Math.exp(x)), df: sigmoid },
  swish: { f: (x) => x * sigmoid(x), df: (x) => sigmoid(x) * (1 + x * (1 - sigmoid(x))) },
  gelu: { f: (x) => x * bigPhi(x), df: (x) => bigPhi(x) + x * phi(x) },
};
