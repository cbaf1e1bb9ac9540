import { classCountOf, problemTypeOf, type PlaygroundSpec } from '../shared/spec';

/**
 * What the network is trained to output for each label: regression values as they are; for classes
 * a one-hot row with softmax, 0/1 with sigmoid, and ±1 with tanh or linear (hinge's convention).
 * Returns a row-major [points × width] matrix and its width.
 */
export function encodeTargets(labels: Float32Array, spec: PlaygroundSpec): { values: Float32Array; width: number } {
  if (problemTypeOf(spec.data) === 'regression') return { values: labels, width: 1 };
  const output = spec.network.outputActivation;
  if (output === 'softmax') {
    const width = Math.max(2, classCountOf(spec.data));
    const values = new Float32Array(labels.length * width);
    labels.forEach((label, i) => (values[i * width + label] = 1));
    return { values, width };
  }
  return { values: labels.map((c) => (output === 'sigmoid' ? c : 2 * c - 1)), width: 1 };
}

/** Threshold that separates the two classes on a single output unit. */
export function decisionThreshold(spec: PlaygroundSpec): number {
  return spec.network.outputActivation === 'sigmoid' ? 0.5 : 0;
}
