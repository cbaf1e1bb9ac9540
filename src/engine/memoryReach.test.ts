import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import type { LayerSpec, PlaygroundSpec } from '../shared/spec';
import { memoryReach, reachLengths } from './memoryReach';
import { useCpuBackend } from './testBackend';
import { Trainer } from './trainer';

beforeAll(useCpuBackend);

/** The memory task as the lesson "LSTM remembers longer" sets it, with one recurrent layer of `kind`. */
function memorySpec(window: number, hidden: LayerSpec[]): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data = { ...spec.data, dataset: 'memory', window, numPoints: 500, trainPercent: 50 };
  spec.network = { ...spec.network, hidden, outputActivation: 'tanh' };
  spec.training = { ...spec.training, loss: 'meanSquaredError', optimizer: 'adam', learningRate: 0.01, batchSize: 32 };
  return spec;
}

const lstm: LayerSpec = { kind: 'lstm', units: 16, activation: 'tanh', returnSequences: false, initializer: 'glorot', dropout: 0 };

describe('accuracy against T on the memory task', () => {
  it('tries every length up to twice a short window, and a wider step for long ones, the window among them', () => {
    expect(reachLengths(10)).toEqual(Array.from({ length: 19 }, (_, i) => i + 2));
    expect(reachLengths(40)).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80]);
    expect(reachLengths(99)).toContain(99);
    expect(Math.max(...reachLengths(100))).toBe(138);
    expect(reachLengths(100).length).toBeLessThanOrEqual(25);
    expect(reachLengths(1)).toEqual([1, 2]);
  });

  it('is at chance before training and near 100 % up to the window once an LSTM has learned the task, tensors flat', () => {
    const trainer = new Trainer(memorySpec(10, [lstm]), buildTrainingData(memorySpec(10, [lstm]), null)!);
    const tensors = tf.memory().numTensors;
    const untrained = memoryReach(trainer)!;
    expect(tf.memory().numTensors).toBe(tensors);
    for (const accuracy of untrained.accuracy) expect(accuracy).toBeLessThan(0.8);
    while (trainer.epoch < 10 && trainer.evaluate().testAccuracy! < 0.95) trainer.trainEpoch();
    const trained = memoryReach(trainer)!;
    expect(trained.window).toBe(10);
    // At the trained window the fresh sequences are the test set's kind: the two accuracies agree.
    const atWindow = trained.accuracy[trained.lengths.indexOf(10)];
    expect(Math.abs(atWindow - trainer.evaluate().testAccuracy!)).toBeLessThan(0.1);
    trained.lengths.forEach((length, i) => {
      if (length <= 10) expect(trained.accuracy[i], `T = ${length}`).toBeGreaterThanOrEqual(0.9);
    });
    trainer.dispose();
  });

  it('is not measured where the stack is tied to its window, nor on other data', () => {
    const tied = memorySpec(6, [{ ...lstm, returnSequences: true }, { kind: 'flatten' } as LayerSpec]);
    const trainer = new Trainer(tied, buildTrainingData(tied, null)!);
    expect(memoryReach(trainer)).toBeNull();
    trainer.dispose();
    const wave = cloneSpec(memorySpec(6, [lstm]));
    wave.data.dataset = 'sineWave';
    wave.network.outputActivation = 'linear';
    const forecaster = new Trainer(wave, buildTrainingData(wave, null)!);
    expect(memoryReach(forecaster)).toBeNull();
    forecaster.dispose();
  });
});
