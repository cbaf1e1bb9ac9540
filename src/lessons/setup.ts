import { cloneSpec, DEFAULT_SPEC } from '../shared/defaults';
import type { PlaygroundSpec } from '../shared/spec';
import type { SpecPatch } from './types';

/** `base` with the patch applied; arrays (features, layers) are replaced, not merged. */
export function applyPatch(base: PlaygroundSpec, patch: SpecPatch): PlaygroundSpec {
  const spec = cloneSpec(base);
  Object.assign(spec.data, structuredClone(patch.data ?? {}));
  Object.assign(spec.network, structuredClone(patch.network ?? {}));
  Object.assign(spec.training, structuredClone(patch.training ?? {}));
  return spec;
}

/** The spec a step starts from: its set-up over the defaults, or the current spec when it has none. */
export function stepSpec(setup: SpecPatch | undefined, current: PlaygroundSpec): PlaygroundSpec {
  if (!setup) return cloneSpec(current);
  const spec = applyPatch(DEFAULT_SPEC, setup);
  // Where the maths runs is the learner's (or the machine's) business, not the lesson's.
  spec.training.backend = current.training.backend;
  return spec;
}
