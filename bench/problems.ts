import { DEFAULT_SPEC, cloneSpec } from '../src/shared/defaults';
import { defaultLayer } from '../src/shared/layers/registry';
import { FEATURE_NAMES, type PlaygroundSpec } from '../src/shared/spec';
import { encodeSpecToQuery } from '../src/shared/urlState';

/** The default problem: circle, x1 x2, [4,2] tanh, lr 0.03, batch 10, 500 points, 50 %. */
export function defaultProblem(): PlaygroundSpec {
  return cloneSpec(DEFAULT_SPEC);
}

/** The heavy problem: spiral, all 7 features, 6 hidden layers × 8 tanh, batch 1. */
export function heavyProblem(): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data.dataset = 'spiral';
  spec.network.features = [...FEATURE_NAMES];
  spec.network.hidden = Array.from({ length: 6 }, () => ({ ...defaultLayer('dense'), units: 8, activation: 'tanh' as const }));
  spec.training.batchSize = 1;
  return spec;
}

export function queryFor(spec: PlaygroundSpec): string {
  return `?${encodeSpecToQuery(spec)}`;
}
