import type { ActivationName, DenseLayerSpec, InitializerName, LayerSpec } from '../shared/spec';

// Written out rather than built from shared/spec's defaultLayer: lesson files import only this
// and types, so each lesson's chunk is plain data and loading one pulls in no shared code.

/** A dense hidden layer for lesson set-ups: `dense(4, 'tanh')`. */
export function dense(units: number, activation: ActivationName, extra: Partial<Omit<DenseLayerSpec, 'kind'>> = {}): DenseLayerSpec {
  return { kind: 'dense', units, activation, initializer: 'glorot', leakySlope: 0.01, l1: 0, l2: 0, ...extra };
}

/** `count` identical dense layers. */
export const denseStack = (count: number, units: number, activation: ActivationName, initializer: InitializerName = 'glorot') =>
  Array.from({ length: count }, () => dense(units, activation, { initializer }));

/** A 3×3 convolution for lesson set-ups, as the page adds one. */
export const conv2d = (filters: number): LayerSpec => ({
  kind: 'conv2d',
  filters,
  kernelSize: 3,
  stride: 1,
  padding: 'same',
  activation: 'relu',
  initializer: 'he',
  leakySlope: 0.01,
  l1: 0,
  l2: 0,
});
export const maxPool2d = (): LayerSpec => ({ kind: 'maxPool2d', poolSize: 2, stride: 2 });
export const flatten = (): LayerSpec => ({ kind: 'flatten' });
