import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { featureMatrix } from '../data/features';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import { OPTIMIZER_NAMES } from '../shared/spec';
import type { PlaygroundSpec } from '../shared/spec';
import { computePictures } from './probes';
import { Trainer } from './trainer';
import { useCpuBackend } from './testBackend';
import { dense } from './testNetworks';

beforeAll(useCpuBackend);

function trainerFor(spec: PlaygroundSpec): Trainer {
  return new Trainer(spec, buildTrainingData(spec, null)!);
}

describe('Trainer', () => {
  it('lowers the loss of the default network on circle', () => {
    const trainer = trainerFor(DEFAULT_SPEC);
    const before = trainer.evaluate();
    for (let i = 0; i < 60; i++) trainer.trainEpoch();
    const after = trainer.evaluate();
    trainer.dispose();
    expect(after.epoch).toBe(60);
    expect(after.train).toBeLessThan(before.train * 0.5);
    expect(after.test).toBeLessThan(before.test * 0.5);
  });

  it('gives identical first five epoch losses for the same seed, and different ones for another', () => {
    const lossesFor = (seed: number) => {
      const spec = cloneSpec(DEFAULT_SPEC);
      spec.training.seed = seed;
      const trainer = trainerFor(spec);
      const losses = Array.from({ length: 5 }, () => {
        trainer.trainEpoch();
        return trainer.evaluate();
      });
      trainer.dispose();
      return losses;
    };
    const first = lossesFor(7);
    expect(lossesFor(7)).toEqual(first);
    expect(lossesFor(8)).not.toEqual(first);
  });

  it('reports the true mean loss over the training set', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    const data = buildTrainingData(spec, null)!;
    const trainer = new Trainer(spec, data);
    trainer.trainEpoch();
    const reported = trainer.evaluate().train;
    if (data.preview.kind !== 'plane') throw new Error('expected points');
    const x = tf.tensor2d(featureMatrix(data.preview.train.u, data.preview.train.v, spec.network.features), [data.train.count, 2]);
    const predicted = (trainer.built.model.predict(x) as tf.Tensor).dataSync();
    let sum = 0;
    // Classes 0/1 are trained as -1/+1 targets on a tanh output.
    data.train.targets.values.forEach((label, i) => (sum += (predicted[i] - (2 * label - 1)) ** 2));
    x.dispose();
    trainer.dispose();
    expect(reported).toBeCloseTo(sum / data.train.targets.values.length, 5);
  });

  it('trains the exported tf.LayersModel itself: predict agrees with the training forward pass', () => {
    const trainer = trainerFor(DEFAULT_SPEC);
    for (let i = 0; i < 3; i++) trainer.trainEpoch();
    const pictures = computePictures(trainer);
    const x = tf.tensor2d([[0, 0], [3, -2]]);
    const predicted = Array.from((trainer.built.model.predict(x) as tf.Tensor).dataSync());
    x.dispose();
    trainer.dispose();
    expect(pictures.output.length).toBe(64 * 64);
    expect(predicted.every(Number.isFinite)).toBe(true);
    expect(new Set(predicted).size).toBe(2);
  });

  it('leaks no tensors across 50 epochs, pictures included', () => {
    const trainer = trainerFor(DEFAULT_SPEC);
    trainer.trainEpoch();
    trainer.evaluate();
    computePictures(trainer);
    const afterFirst = tf.memory().numTensors;
    for (let i = 0; i < 50; i++) {
      trainer.trainEpoch();
      trainer.evaluate();
      computePictures(trainer);
    }
    expect(tf.memory().numTensors).toBe(afterFirst);
    const beforeDispose = tf.memory().numTensors;
    trainer.dispose();
    expect(tf.memory().numTensors).toBeLessThan(beforeDispose);
  });

  for (const optimizer of OPTIMIZER_NAMES) {
    it(`changes the learning rate of a running ${optimizer} optimizer`, () => {
      const spec = cloneSpec(DEFAULT_SPEC);
      spec.training.optimizer = optimizer;
      const trainer = trainerFor(spec);
      trainer.trainEpoch();
      trainer.setLearningRate(1e-9);
      const start = trainer.evaluate();
      trainer.trainEpoch();
      const end = trainer.evaluate();
      trainer.dispose();
      expect(Math.abs(end.train - start.train)).toBeLessThan(1e-4);
    });
  }

  it('changes the learning rate of a running optimizer', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    const frozen = trainerFor(spec);
    frozen.setLearningRate(1e-9);
    const start = frozen.evaluate();
    frozen.trainEpoch();
    const end = frozen.evaluate();
    frozen.dispose();
    expect(Math.abs(end.train - start.train)).toBeLessThan(1e-5);
  });
});

describe('Trainer with every kind of layer', () => {
  it('trains dropout, batch normalization, L1/L2 and clipped Adam without leaking tensors', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.hidden = [
      dense(8, 'relu', { l1: 0.001, l2: 0.001, initializer: 'he' }),
      { kind: 'dropout', rate: 0.2 },
      { kind: 'batchNorm' },
      dense(4, 'gelu'),
    ];
    spec.training.optimizer = 'adam';
    spec.training.learningRate = 0.01;
    spec.training.gradientClip = 1;
    const trainer = trainerFor(spec);
    const before = trainer.evaluate();
    trainer.trainEpoch();
    computePictures(trainer);
    const afterFirst = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) {
      trainer.trainEpoch();
      computePictures(trainer);
    }
    const after = trainer.evaluate();
    expect(tf.memory().numTensors).toBe(afterFirst);
    expect(after.train).toBeLessThan(before.train * 0.5);
    const health = computePictures(trainer).health;
    expect(health.map((h) => h.meanAbsGradient === null)).toEqual([false, true, true, false, false]);
    trainer.dispose();
  });

  it('classifies three classes with softmax and reports accuracy and a confusion matrix', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'blobs4';
    spec.network.outputActivation = 'softmax';
    spec.training.loss = 'categoricalCrossEntropy';
    spec.training.optimizer = 'adam';
    spec.training.learningRate = 0.02;
    const trainer = trainerFor(spec);
    for (let i = 0; i < 30; i++) trainer.trainEpoch();
    const result = trainer.evaluate();
    const confusion = trainer.confusionMatrix()!;
    trainer.dispose();
    expect(result.testAccuracy).toBeGreaterThan(0.8);
    expect(confusion.classes).toBe(4);
    expect(confusion.counts.reduce((a, b) => a + b, 0)).toBe(250);
    const correct = [0, 5, 10, 15].reduce((sum, i) => sum + confusion.counts[i], 0);
    expect(correct / 250).toBeCloseTo(result.testAccuracy!, 5);
  });

  it('reports no accuracy for regression', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'plane';
    spec.network.outputActivation = 'linear';
    const trainer = trainerFor(spec);
    trainer.trainEpoch();
    expect(trainer.evaluate().testAccuracy).toBeNull();
    expect(trainer.confusionMatrix()).toBeNull();
    trainer.dispose();
  });
});
