import type { FeatureName } from '../shared/spec';

export const FEATURE_FUNCTIONS: Record<FeatureName, (x1: number, x2: number) => number> = {
  x1: (x1) => x1,
  x2: (_x1, x2) => x2,
  x1Squared: (x1) => x1 * x1,
  x2Squared: (_x1, x2) => x2 * x2,
  x1TimesX2: (x1, x2) => x1 * x2,
  sinX1: (x1) => Math.sin(x1),
  sinX2: (_x1, x2) => Math.sin(x2),
};

export const FEATURE_SYMBOLS: Record<FeatureName, string> = {
  x1: 'x₁',
  x2: 'x₂',
  x1Squared: 'x₁²',
  x2Squared: 'x₂²',
  x1TimesX2: 'x₁x₂',
  sinX1: 'sin(x₁)',
  sinX2: 'sin(x₂)',
};

/** Row-major matrix [count × features.length] of the chosen feature transforms. */
export function featureMatrix(x1: Float32Array, x2: Float32Array, features: readonly FeatureName[]): Float32Array {
  const width = features.length;
  const out = new Float32Array(x1.length * width);
  const fns = features.map((name) => FEATURE_FUNCTIONS[name]);
  for (let i = 0; i < x1.length; i++) {
    for (let f = 0; f < width; f++) out[i * width + f] = fns[f](x1[i], x2[i]);
  }
  return out;
}
