import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { reasonBook } from '../shared/adjustments';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import { fitInputsToData } from '../shared/fitInputs';
import { fitOutputToProblem } from '../shared/fitOutput';
import type { DatasetName, PlaygroundSpec } from '../shared/spec';
import { validateSpec } from '../shared/specSchema';
import { computePictures } from './probes';
import { CHARACTER_ALPHABET } from '../shared/characters';
import { SAMPLED_CHARACTERS } from '../shared/sequencePictures';
import { FORECAST_STEPS } from './sequenceProbes';
import { useCpuBackend } from './testBackend';
import { Trainer } from './trainer';

beforeAll(useCpuBackend);

/** The spec a learner gets by picking the dataset on the default page (network and output fitted as the store does). */
function chosen(dataset: DatasetName): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data.dataset = dataset;
  const { because } = reasonBook();
  fitInputsToData(DEFAULT_SPEC, spec, because);
  fitOutputToProblem(spec, { because });
  return spec;
}

describe('sequence networks, trained for real on the cpu backend', () => {
  it('the default LSTM forecasts the sine wave, and its pictures trace the chosen window, tensors flat', () => {
    const spec = chosen('sineWave');
    expect(validateSpec(spec).ok).toBe(true);
    expect(spec.network.hidden.map((layer) => layer.kind)).toEqual(['lstm']);
    const data = buildTrainingData(spec, null)!;
    expect(data.example).toEqual({ kind: 'sequence', shape: [12, 1] });
    const trainer = new Trainer(spec, data);
    const before = trainer.evaluate().test;
    for (let epoch = 0; epoch < 4; epoch++) trainer.trainEpoch();
    const after = trainer.evaluate().test;
    expect(after).toBeLessThan(0.02);
    expect(after).toBeLessThan(before / 10);
    const tensors = tf.memory().numTensors;
    const pictures = computePictures(trainer, { source: 'test', index: 3 });
    expect(tf.memory().numTensors).toBe(tensors);
    const sequences = pictures.sequences!;
    expect(sequences.index).toBe(3);
    expect(sequences.traces).toHaveLength(1);
    expect(sequences.traces[0]).toMatchObject({ kind: 'lstm', units: 16, steps: 12 });
    expect(sequences.traces[0].gates.map((gate) => gate.name)).toEqual(['input gate', 'forget gate', 'output gate', 'cell state']);
    expect(sequences.predictions).toHaveLength(data.train.count + data.test.count);
    expect(sequences.forecast).toHaveLength(FORECAST_STEPS);
    // The fed-back forecast stays a wave near the truth for its first steps.
    const truth = data.test.targets.values;
    expect(Math.abs(sequences.forecast![0] - truth[0])).toBeLessThan(0.2);
    trainer.dispose();
  });

  it('tensors stay flat over 20 epochs of an LSTM and a GRU with its pictures (tfjs has leaked in RNNs, issue #664)', () => {
    for (const kind of ['lstm', 'gru'] as const) {
      const spec = chosen('sineWave');
      spec.data.numPoints = 80;
      spec.network.hidden = [{ kind, units: 8, activation: 'tanh', returnSequences: true, initializer: 'glorot', dropout: 0.1 }, { kind, units: 4, activation: 'tanh', returnSequences: false, initializer: 'glorot', dropout: 0 }];
      const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
      const epochOf = () => {
        trainer.trainEpoch();
        trainer.evaluate();
        computePictures(trainer, { source: 'test', index: 0 });
      };
      epochOf();
      epochOf();
      const early = tf.memory().numTensors;
      for (let epoch = 2; epoch < 20; epoch++) epochOf();
      expect(tf.memory().numTensors, kind).toBe(early);
      trainer.dispose();
    }
  });

  it('the memory task is a two-class problem whose pictures follow the chosen test sequence', () => {
    const spec = chosen('memory');
    expect(spec.network.outputActivation).not.toBe('linear');
    const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
    trainer.trainEpoch();
    const pictures = computePictures(trainer, { source: 'test', index: 0 });
    expect(pictures.sequences!.forecast).toBeNull();
    expect(pictures.sequences!.traces[0].steps).toBe(12);
    expect(pictures.confusion!.counts.reduce((a, b) => a + b, 0)).toBe(trainer.data.test.count);
    trainer.dispose();
  });

  it('characters: the LSTM learns the next letter and writes text from the alphabet at the chosen temperature', () => {
    const spec = chosen('characters');
    expect(spec.network.outputActivation).toBe('softmax');
    expect(spec.training.loss).toBe('categoricalCrossEntropy');
    spec.training.optimizer = 'adam';
    spec.training.learningRate = 0.01;
    spec.training.batchSize = 32;
    const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
    const before = trainer.evaluate().testAccuracy!;
    for (let epoch = 0; epoch < 3; epoch++) trainer.trainEpoch();
    // Far above chance (1 in 30) after three short epochs: spaces and common letters first.
    expect(trainer.evaluate().testAccuracy!).toBeGreaterThan(Math.max(0.15, before + 0.1));
    const tensors = tf.memory().numTensors;
    const cold = computePictures(trainer, { source: 'test', index: 0, temperature: 0.2 }).sequences!.sampled!;
    expect(tf.memory().numTensors).toBe(tensors);
    expect(cold.text).toHaveLength(SAMPLED_CHARACTERS);
    for (const char of cold.text) expect(CHARACTER_ALPHABET).toContain(char);
    expect(cold.seed).toHaveLength(12);
    // Hotter sampling spreads over more different characters than a near-greedy one.
    const hot = computePictures(trainer, { source: 'test', index: 0, temperature: 2 }).sequences!.sampled!;
    expect(new Set(hot.text).size).toBeGreaterThan(new Set(cold.text).size);
    trainer.dispose();
  });
});
