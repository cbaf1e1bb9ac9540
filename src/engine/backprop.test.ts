import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_ACTIVATIONS, type ActivationName, type LossName } from '../shared/spec';
import { autodiffGradients, denseGradients, isDenseStack, sgdStep } from './backprop';
import { LOSSES } from './losses';
import type { DenseParams } from './model';
import { useCpuBackend } from './testBackend';
import { dense, modelOf, network, randomBatch, targetsFor } from './testNetworks';

beforeAll(useCpuBackend);

function expectSameGradients(manual: tf.NamedTensorMap, reference: tf.NamedTensorMap) {
  expect(Object.keys(manual).sort()).toEqual(Object.keys(reference).sort());
  for (const name of Object.keys(reference)) {
    const want = Array.from(reference[name].dataSync());
    Array.from(manual[name].dataSync()).forEach((value, i) => expect(value).toBeCloseTo(want[i], 4));
  }
  // Not trivially zero: the check compares real gradients.
  expect(Object.values(reference).some((t) => tf.max(tf.abs(t)).dataSync()[0] > 1e-4)).toBe(true);
}

function compare(hidden: ActivationName, output: ActivationName, loss: LossName, targets: Parameters<typeof targetsFor>[0], extra = {}) {
  const outputs = output === 'softmax' ? 3 : 1;
  const built = modelOf(network([dense(5, hidden, extra), dense(3, hidden)], output), 3, outputs, 3);
  const layers = built.layers as DenseParams[];
  const x = randomBatch(7, 3, 11);
  const y = targetsFor(targets, 7, outputs, 12);
  const manual = tf.tidy(() => denseGradients(layers, x, y, LOSSES[loss]));
  const reference = tf.tidy(() => autodiffGradients(layers, built.variables, x, y, LOSSES[loss]));
  expectSameGradients(manual, reference);
  tf.dispose([x, y, ...Object.values(manual), ...Object.values(reference)]);
  built.model.dispose();
}

describe('hand-written backpropagation matches tfjs autodiff', () => {
  for (const activation of HIDDEN_ACTIVATIONS) {
    it(`through ${activation} hidden layers`, () => compare(activation, 'tanh', 'meanSquaredError', 'signs', { leakySlope: 0.2 }));
  }
  const lossCases: Array<[LossName, ActivationName, Parameters<typeof targetsFor>[0]]> = [
    ['meanSquaredError', 'linear', 'real'],
    ['sumSquaredError', 'linear', 'real'],
    ['meanAbsoluteError', 'linear', 'real'],
    ['huber', 'linear', 'real'],
    ['binaryCrossEntropy', 'sigmoid', 'binary01'],
    ['categoricalCrossEntropy', 'softmax', 'oneHot'],
    ['meanSquaredError', 'softmax', 'oneHot'],
    ['hinge', 'tanh', 'signs'],
  ];
  for (const [loss, output, targets] of lossCases) {
    it(`for ${loss} on a ${output} output`, () => compare('tanh', output, loss, targets));
  }
  it('with L1 and L2 penalties on a layer', () => compare('relu', 'linear', 'meanSquaredError', 'real', { l1: 0.05, l2: 0.1 }));
});

describe('the plain gradient-descent fast path', () => {
  for (const [loss, output, targets] of [
    ['meanSquaredError', 'tanh', 'signs'],
    ['binaryCrossEntropy', 'sigmoid', 'binary01'],
    ['categoricalCrossEntropy', 'softmax', 'oneHot'],
  ] as Array<[LossName, ActivationName, Parameters<typeof targetsFor>[0]]>) {
    it(`updates the weights exactly as tf.train.sgd applying the gradients (${loss}, with L2)`, () => {
      const outputs = output === 'softmax' ? 3 : 1;
      const spec = network([dense(4, 'tanh', { l2: 0.01 }), dense(3, 'relu')], output, ['x1', 'x2']);
      const fast = modelOf(spec, 2, outputs, 5);
      const reference = modelOf(spec, 2, outputs, 5);
      const x = randomBatch(6, 2, 21);
      const y = targetsFor(targets, 6, outputs, 22);
      const before = Array.from((fast.layers[0] as DenseParams).kernel.dataSync());
      expect(isDenseStack(fast.layers)).toBe(true);
      tf.tidy(() => sgdStep(fast.layers as DenseParams[], x, y, LOSSES[loss], 0.5));
      const optimizer = tf.train.sgd(0.5);
      tf.tidy(() => optimizer.applyGradients(denseGradients(reference.layers as DenseParams[], x, y, LOSSES[loss])));
      fast.variables.forEach((variable, i) => {
        const want = Array.from(reference.variables[i].dataSync());
        Array.from(variable.dataSync()).forEach((value, j) => expect(value).toBeCloseTo(want[j], 5));
      });
      expect(Array.from((fast.layers[0] as DenseParams).kernel.dataSync())).not.toEqual(before);
      tf.dispose([x, y]);
      optimizer.dispose();
      fast.model.dispose();
      reference.model.dispose();
    });
  }
});
