import * as tf from '@tensorflow/tfjs-core';
import type { ParameterRef } from '../shared/engineTypes';
import { PARAMETER_LIMIT } from '../shared/limits';
import type { EngineLayer } from './model';

/**
 * Writes one weight or bias into the layer's variable, on whatever backend it lives: the optimizer
 * and every forward pass read the variable itself, so the next batch and the next picture use it.
 */
export function setParameter(layers: readonly EngineLayer[], ref: ParameterRef, value: number): void {
  if (!Number.isFinite(value) || Math.abs(value) > PARAMETER_LIMIT) {
    throw new RangeError(`A weight must be a number from −${PARAMETER_LIMIT} to ${PARAMETER_LIMIT}.`);
  }
  // The page is not trusted: a reference of another kind is refused, never taken for a bias.
  if (ref.kind !== 'weight' && ref.kind !== 'bias') throw new RangeError('Only a weight or a bias can be set.');
  const layer = layers[ref.layer];
  if (!layer || layer.kind !== 'dense') throw new RangeError(`Layer ${ref.layer + 1} has no weights to set.`);
  const [inputs, units] = layer.kernel.shape;
  const inRange = (i: number, count: number) => Number.isInteger(i) && i >= 0 && i < count;
  if (!inRange(ref.to, units) || (ref.kind === 'weight' && !inRange(ref.from, inputs))) {
    throw new RangeError(`Layer ${ref.layer + 1} has no such ${ref.kind}: the network changed meanwhile.`);
  }
  const variable = ref.kind === 'weight' ? layer.kernel : layer.bias;
  tf.tidy(() => {
    // A one-hot mask keeps the write on the backend (no read-back of the whole kernel).
    const mask = tf.buffer(variable.shape, 'float32');
    if (ref.kind === 'weight') mask.set(1, ref.from, ref.to);
    else mask.set(1, ref.to);
    const hot = mask.toTensor();
    variable.assign(tf.add(tf.mul(variable, tf.sub(1, hot)), tf.mul(hot, value)));
  });
}
