import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import { inferShapes, outputsEveryStep } from '../shared/layers/inferShapes';
import type { LayerSpec, PlaygroundSpec } from '../shared/spec';
import { exportLayersModel } from './exportModel';
import { answerOf, finalOutput, forward } from './model';
import { computePictures } from './probes';
import { useCpuBackend } from './testBackend';
import { Trainer } from './trainer';

beforeAll(useCpuBackend);

const lstm = (units: number, returnSequences: boolean): LayerSpec => ({ kind: 'lstm', units, activation: 'tanh', returnSequences, initializer: 'glorot', dropout: 0 });

/** A sequence spec whose last LSTM returns its sequence: the dense output answers at every step. */
function everyStep(dataset: 'sineWave' | 'characters' | 'memory', edit: (spec: PlaygroundSpec) => void = () => undefined): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data = { ...spec.data, dataset, window: 8, numPoints: 200, trainPercent: 50, noise: 0 };
  spec.network = { ...spec.network, hidden: [lstm(8, true)], outputActivation: 'linear' };
  spec.training = { ...spec.training, optimizer: 'adam', learningRate: 0.01, batchSize: 16, loss: 'meanSquaredError' };
  edit(spec);
  return spec;
}

const characters = (spec: PlaygroundSpec) => {
  spec.network.outputActivation = 'softmax';
  spec.training.loss = 'categoricalCrossEntropy';
};

describe('a dense output at every step', () => {
  it('is what a last layer that returns sequences gives: [T, units] out, parameters per unit as at the end', () => {
    const spec = everyStep('sineWave');
    const shapes = inferShapes(spec);
    expect(shapes.layers.map((layer) => layer.output)).toEqual([[8, 8], [8, 1]]);
    expect(shapes.layers[1].params).toBe(9);
    expect(outputsEveryStep(spec)).toBe(true);
    spec.network.hidden = [lstm(8, false)];
    expect(outputsEveryStep(spec)).toBe(false);
  });

  it('trains a forecast on the next value after every step; the loss is the mean over every step’s prediction', () => {
    const spec = everyStep('sineWave');
    const data = buildTrainingData(spec, null)!;
    expect(data.train.targets.kind).toBe('perStep');
    const trainer = new Trainer(spec, data);
    const before = trainer.evaluate().test;
    for (let epoch = 0; epoch < 6; epoch++) trainer.trainEpoch();
    const after = trainer.evaluate();
    expect(after.test).toBeLessThan(before / 5);
    // The read-out's test loss, against the squared errors of every step of every test window.
    const manual = tf.tidy(() => {
      const x = tf.tensor3d(data.test.x, [data.test.count, 8, 1]);
      const y = tf.tensor3d(data.test.targets.values, [data.test.count, 8, 1]);
      return tf.mean(tf.squaredDifference(finalOutput(forward(trainer.built.layers, x)), y)).dataSync()[0];
    });
    expect(after.test).toBeCloseTo(manual, 6);
    // Pictures read the answer after the last step: one prediction per window, a fed-back forecast.
    const tensors = tf.memory().numTensors;
    const pictures = computePictures(trainer, { source: 'test', index: 2 }).sequences!;
    expect(tf.memory().numTensors).toBe(tensors);
    expect(pictures.predictions).toHaveLength(data.train.count + data.test.count);
    expect(pictures.output).toHaveLength(1);
    expect(pictures.forecast!.every(Number.isFinite)).toBe(true);
    trainer.dispose();
  });

  it('characters: accuracy is the share of right steps, the confusion matrix counts every step, text is still sampled', () => {
    const spec = everyStep('characters', characters);
    const data = buildTrainingData(spec, null)!;
    const trainer = new Trainer(spec, data);
    for (let epoch = 0; epoch < 2; epoch++) trainer.trainEpoch();
    const { testAccuracy } = trainer.evaluate();
    const classified = trainer.testClasses()!;
    expect(classified.actual).toHaveLength(data.test.count * 8);
    const right = classified.actual.filter((actual, i) => actual === classified.predicted[i]).length;
    expect(testAccuracy).toBeCloseTo(right / classified.actual.length, 5);
    const confusion = trainer.confusionMatrix(classified)!;
    expect(confusion.classes).toBe(30);
    expect(confusion.counts.reduce((a, b) => a + b, 0)).toBe(data.test.count * 8);
    const sampled = computePictures(trainer, { source: 'test', index: 0 }).sequences!.sampled!;
    expect(sampled.text.length).toBeGreaterThan(0);
    trainer.dispose();
  });

  it('exports a model that plain tfjs loads and that answers at every step like the page', async () => {
    const spec = everyStep('memory', (s) => {
      s.network.outputActivation = 'tanh';
    });
    const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
    trainer.trainEpoch();
    const { modelJson, weightData } = await exportLayersModel(trainer, { version: 1, spec, inputs: [], standardization: null, classNames: null, finalLosses: null, lossHistory: [], exportedAt: '2026-12-08T00:00:00Z' });
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0].weights, weightData }));
    const x = tf.tidy(() => tf.concat([trainer.testExample(0), trainer.testExample(1)]));
    const mine = tf.tidy(() => finalOutput(forward(trainer.built.layers, x)));
    const theirs = loaded.predict(x) as tf.Tensor;
    expect(theirs.shape).toEqual([2, 8, 1]);
    const [a, b] = [mine.dataSync(), theirs.dataSync()];
    a.forEach((v, i) => expect(b[i]).toBeCloseTo(v, 5));
    const answer = tf.tidy(() => answerOf(mine).dataSync());
    expect(Array.from(answer)).toEqual([a[7], a[15]]);
    tf.dispose([x, mine, theirs]);
    loaded.dispose();
    trainer.dispose();
  });
});
