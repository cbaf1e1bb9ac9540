import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../shared/random';
import { ACTIVATION_NAMES, LOSS_NAMES, type ActivationName, type NetworkSpec } from '../shared/spec';
import { autodiffGradients, denseGradients, sgdStep } from './backprop';
import { LOSSES } from './losses';
import { buildModel } from './model';
import { useCpuBackend } from './testBackend';

beforeAll(useCpuBackend);

function randomBatch(rows: number, columns: number, seed: number) {
  const random = createRandom(seed);
  return tf.tensor2d(Float32Array.from({ length: rows * columns }, () => random.uniform(-2, 2)), [rows, columns]);
}

describe('hand-written backpropagation', () => {
  for (const loss of LOSS_NAMES) {
    for (const activation of ACTIVATION_NAMES) {
      it(`matches tfjs autodiff for ${activation} hidden layers and ${loss}`, () => {
        const output: ActivationName = loss === 'binaryCrossEntropy' ? 'sigmoid' : activation;
        const network: NetworkSpec = {
          features: ['x1', 'x2', 'x1TimesX2'],
          hidden: [
            { kind: 'dense', units: 5, activation },
            { kind: 'dense', units: 3, activation },
          ],
          outputActivation: output,
        };
        const built = buildModel(network, 3);
        const x = randomBatch(7, 3, 11);
        const targets = randomBatch(7, 1, 12);
        const y = loss === 'binaryCrossEntropy' ? tf.cast(tf.greater(targets, 0), 'float32') : targets;
        const manual = tf.tidy(() => denseGradients(built.layers, x, y, LOSSES[loss]));
        const reference = tf.tidy(() => autodiffGradients(built.layers, x, y, LOSSES[loss]));
        expect(Object.keys(manual).sort()).toEqual(Object.keys(reference).sort());
        for (const name of Object.keys(reference)) {
          const got = Array.from(manual[name].dataSync());
          const want = Array.from(reference[name].dataSync());
          got.forEach((value, i) => expect(value).toBeCloseTo(want[i], 5));
        }
        // Not trivially zero: the check compares real gradients.
        expect(Object.values(reference).some((t) => tf.max(tf.abs(t)).dataSync()[0] > 1e-4)).toBe(true);
        tf.dispose([x, targets, y, ...Object.values(manual), ...Object.values(reference)]);
        built.model.dispose();
      });
    }
  }
});

describe('the SGD fast path', () => {
  for (const loss of LOSS_NAMES) {
    it(`updates the weights exactly as tf.train.sgd applying the gradients would (${loss})`, () => {
      const network: NetworkSpec = {
        features: ['x1', 'x2'],
        hidden: [{ kind: 'dense', units: 4, activation: 'tanh' }, { kind: 'dense', units: 3, activation: 'relu' }],
        outputActivation: loss === 'binaryCrossEntropy' ? 'sigmoid' : 'tanh',
      };
      const fast = buildModel(network, 5);
      const reference = buildModel(network, 5);
      const x = randomBatch(6, 2, 21);
      const targets = randomBatch(6, 1, 22);
      const y = loss === 'binaryCrossEntropy' ? tf.cast(tf.greater(targets, 0), 'float32') : targets;
      const before = Array.from(fast.layers[0].kernel.dataSync());
      tf.tidy(() => sgdStep(fast.layers, x, y, LOSSES[loss], 0.5));
      const optimizer = tf.train.sgd(0.5);
      tf.tidy(() => optimizer.applyGradients(denseGradients(reference.layers, x, y, LOSSES[loss])));
      fast.variables.forEach((variable, i) => {
        const want = Array.from(reference.variables[i].dataSync());
        Array.from(variable.dataSync()).forEach((value, j) => expect(value).toBeCloseTo(want[j], 5));
      });
      expect(Array.from(fast.layers[0].kernel.dataSync())).not.toEqual(before);
      tf.dispose([x, targets, y]);
      optimizer.dispose();
      fast.model.dispose();
      reference.model.dispose();
    });
  }
});
