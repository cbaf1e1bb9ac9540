import * as tf from '@tensorflow/tfjs-core';
import { createRandom } from '../shared/random';
import { inferLayerShapes, outputLayer } from '../shared/layers/inferShapes';
import { defaultLayer } from '../shared/layers/registry';
import { buildModel, type PlaygroundModel } from './model';
import type { ActivationName, DenseLayerSpec, NetworkSpec } from '../shared/spec';

/** Helpers for engine tests: small networks and seeded batches. */
export function dense(units: number, activation: ActivationName, extra: Partial<DenseLayerSpec> = {}): DenseLayerSpec {
  return { ...defaultLayer('dense'), units, activation, ...extra };
}

export function network(hidden: NetworkSpec['hidden'], outputActivation: ActivationName, features: NetworkSpec['features'] = ['x1', 'x2', 'x1TimesX2']): NetworkSpec {
  return { features, hidden, outputActivation, outputInitializer: 'glorot' };
}

export function randomBatch(rows: number, columns: number, seed: number, low = -2, high = 2): tf.Tensor2D {
  const random = createRandom(seed);
  return tf.tensor2d(Float32Array.from({ length: rows * columns }, () => random.uniform(low, high)), [rows, columns]);
}

/** Targets of the right form for a loss: 0/1, one-hot, ±1 or real values. */
export function targetsFor(kind: 'binary01' | 'oneHot' | 'signs' | 'real', rows: number, columns: number, seed: number): tf.Tensor2D {
  const random = createRandom(seed);
  const values = new Float32Array(rows * columns);
  for (let i = 0; i < rows; i++) {
    const hot = random.int(columns);
    for (let j = 0; j < columns; j++) {
      const k = i * columns + j;
      if (kind === 'oneHot') values[k] = j === hot ? 1 : 0;
      else if (kind === 'binary01') values[k] = random.next() > 0.5 ? 1 : 0;
      else if (kind === 'signs') values[k] = random.next() > 0.5 ? 1 : -1;
      else values[k] = random.uniform(-1, 1);
    }
  }
  return tf.tensor2d(values, [rows, columns]);
}

/** A model of `network` for examples of `inputWidth` numbers and an output of `outputUnits` units. */
export function modelOf(network: NetworkSpec, inputWidth: number, outputUnits: number, seed: number): PlaygroundModel {
  return buildModel(inferLayerShapes([inputWidth], [...network.hidden, outputLayer(network, outputUnits)]), seed);
}
