import type { ActivationName, DenseLayerSpec, InitializerName } from '../shared/spec';

// Written out rather than built from shared/spec's defaultLayer: lesson files import only this
// and types, so each lesson's chunk is plain data and loading one pulls in no shared code.

/** A dense hidden layer for lesson set-ups: `dense(4, 'tanh')`. */
export function dense(units: number, activation: ActivationName, extra: Partial<Omit<DenseLayerSpec, 'kind'>> = {}): DenseLayerSpec {
  return { kind: 'dense', units, activation, initializer: 'glorot', leakySlope: 0.01, l1: 0, l2: 0, ...extra };
}

/** `count` identical dense layers. */
export const denseStack = (count: number, units: number, activation: ActivationName, initializer: InitializerName = 'glorot') =>
  Array.from({ length: count }, () => dense(units, activation, { initializer }));
