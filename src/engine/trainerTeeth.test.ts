import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData, type TrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import type { PlaygroundSpec } from '../shared/spec';
import { denseGradients, isDenseStack } from './backprop';
import { LOSSES } from './losses';
import { finalOutput, forward } from './model';
import { encodeTargets } from './targets';
import { PROBE_POINTS, Trainer } from './trainer';
import { useCpuBackend } from './testBackend';
import { dense } from './testNetworks';

/*
 * Each test here was written against a deliberate mutation of the trainer (named in its title) and
 * seen to fail with it: clipping skipped, one dropout seed for every step, no shuffling, per-layer
 * health reversed. They check behaviour, not that a function was called.
 */

beforeAll(useCpuBackend);

function trainerFor(spec: PlaygroundSpec, data: TrainingData = buildTrainingData(spec, null)!): Trainer {
  return new Trainer(spec, data);
}

function allWeights(trainer: Trainer): Float32Array[] {
  return trainer.built.model.getWeights().map((w) => (w.dataSync() as Float32Array).slice());
}

function difference(after: Float32Array[], before: Float32Array[]): Float32Array {
  return Float32Array.from(after.flatMap((values, i) => Array.from(values, (v, j) => v - before[i][j])));
}

const norm = (values: Float32Array) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));

describe('Trainer mechanisms that must really act', () => {
  it('clips the update to the gradient-clipping norm (fails if clipping is skipped)', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.training.optimizer = 'batchGd';
    spec.training.learningRate = 1;
    spec.training.gradientClip = 1e-3;
    const trainer = trainerFor(spec);
    const before = allWeights(trainer);
    trainer.trainBatch();
    const step = norm(difference(allWeights(trainer), before));
    trainer.dispose();
    // Plain gradient descent moves by learning rate × clipped gradient: at most 1 × 0.001.
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThanOrEqual(1e-3 * 1.001);
  });

  it('draws a new dropout mask at every step (fails with one mask for all steps)', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.hidden = [dense(16, 'relu', { initializer: 'he' }), { kind: 'dropout', rate: 0.5 }, dense(4, 'tanh')];
    spec.training.optimizer = 'sgd';
    spec.training.learningRate = 1e-4;
    // One training point: nothing but the mask can make two consecutive updates differ.
    const data = buildTrainingData(spec, null)!;
    const onePoint = { ...data, train: { x: data.train.x.slice(0, data.example.shape[0]), targets: { ...data.train.targets, values: data.train.targets.values.slice(0, 1) }, count: 1 } };
    const trainer = trainerFor(spec, onePoint);
    const w0 = allWeights(trainer);
    trainer.trainBatch();
    const w1 = allWeights(trainer);
    trainer.trainBatch();
    const w2 = allWeights(trainer);
    trainer.dispose();
    const first = difference(w1, w0);
    const second = difference(w2, w1);
    // With the same mask the two updates agree to about the learning rate; new masks differ by O(1).
    expect(norm(difference([second], [first])) / norm(first)).toBeGreaterThan(0.05);
  });

  it('shuffles the training set anew each epoch (fails when the stored order is used)', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.training.optimizer = 'sgd';
    spec.training.learningRate = 1e-3;
    const data = buildTrainingData(spec, null)!;
    const trainer = trainerFor(spec, data);
    const layers = trainer.built.layers;
    if (!isDenseStack(layers)) throw new Error('expected a dense stack');
    const targets = encodeTargets(data.train.targets.values, spec);
    const kernel = layers[0].kernel;
    const firstPointOfEpoch: number[] = [];
    for (let epoch = 0; epoch < 3; epoch++) {
      // The first update of an epoch is -rate × the gradient of that epoch's first point: find it.
      const gradients = Array.from({ length: data.train.count }, (_, i) =>
        tf.tidy(() => {
          const x = tf.tensor2d(data.train.x.slice(i * data.example.shape[0], (i + 1) * data.example.shape[0]), [1, data.example.shape[0]]);
          const y = tf.tensor2d(targets.values.slice(i * targets.width, (i + 1) * targets.width), [1, targets.width]);
          return Float32Array.from(denseGradients(layers, x, y, LOSSES[spec.training.loss])[kernel.name].dataSync());
        }),
      );
      const before = Float32Array.from(kernel.dataSync());
      trainer.trainBatch();
      const update = Float32Array.from(kernel.dataSync()).map((v, j) => v - before[j]);
      const misfit = gradients.map((g) => g.reduce((sum, gj, j) => sum + (update[j] + spec.training.learningRate * gj) ** 2, 0));
      firstPointOfEpoch.push(misfit.indexOf(Math.min(...misfit)));
      while (!trainer.trainBatch()) {
        /* the rest of the epoch */
      }
    }
    trainer.dispose();
    expect(firstPointOfEpoch).not.toEqual([0, 0, 0]);
    expect(new Set(firstPointOfEpoch).size).toBeGreaterThan(1);
  });

  it('reports per-layer health in layer order (fails when reversed)', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.hidden = [dense(8, 'tanh'), dense(5, 'relu', { initializer: 'he' }), dense(3, 'linear')];
    const data = buildTrainingData(spec, null)!;
    const trainer = trainerFor(spec, data);
    for (let i = 0; i < 3; i++) trainer.trainEpoch();
    const health = trainer.health();
    const expected = tf.tidy(() => {
      const x = tf.tensor2d(data.train.x.slice(0, PROBE_POINTS * data.example.shape[0]), [PROBE_POINTS, data.example.shape[0]]);
      return forward(trainer.built.layers, x).outputs.map((out) => Math.sqrt(tf.moments(out).variance.dataSync()[0]));
    });
    trainer.dispose();
    expect(health).toHaveLength(4);
    // Distinct spreads, so a reversed list cannot match by accident.
    expect(new Set(expected.map((v) => v.toFixed(3))).size).toBe(4);
    health.forEach((layer, i) => expect(layer.activationStd).toBeCloseTo(expected[i], 4));
  });

  it('predicts with the exported model exactly what the training forward pass computes', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.hidden = [dense(6, 'relu'), { kind: 'batchNorm' }, dense(3, 'tanh')];
    spec.training.optimizer = 'adam';
    spec.training.learningRate = 0.01;
    const trainer = trainerFor(spec);
    for (let i = 0; i < 3; i++) trainer.trainEpoch();
    const [viaModel, viaForward] = tf.tidy(() => {
      const x = tf.tensor2d([[0, 0], [3, -2], [-4.5, 1.25], [2, 5]]);
      return [
        Array.from((trainer.built.model.predict(x) as tf.Tensor).dataSync()),
        Array.from(finalOutput(forward(trainer.built.layers, x)).dataSync()),
      ];
    });
    trainer.dispose();
    expect(new Set(viaModel.map((v) => v.toFixed(4))).size).toBe(4);
    viaModel.forEach((value, i) => expect(value).toBeCloseTo(viaForward[i], 5));
  });

  it('evaluates in bounded chunks with the same figures as in one pass, and frees every chunk', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'blobs4';
    spec.network.outputActivation = 'softmax';
    spec.training.loss = 'categoricalCrossEntropy';
    const data = buildTrainingData(spec, null)!;
    const whole = new Trainer(spec, data);
    // 7 rows a chunk: 250 points end in a short chunk, so an unweighted mean of chunk means is off.
    const chunked = new Trainer(spec, data, 7);
    whole.trainEpoch();
    chunked.trainEpoch();
    chunked.evaluate();
    const tensors = tf.memory().numTensors;
    const [a, b] = [whole.evaluate(), chunked.evaluate()];
    expect(tf.memory().numTensors).toBe(tensors);
    expect(chunked.confusionMatrix()).toEqual(whole.confusionMatrix());
    const [pa, pb] = [whole.testPredictions(), chunked.testPredictions()];
    expect(tf.memory().numTensors).toBe(tensors);
    whole.dispose();
    chunked.dispose();
    expect(b.epoch).toBe(a.epoch);
    for (const key of ['train', 'test', 'trainAccuracy', 'testAccuracy'] as const) expect(b[key]!).toBeCloseTo(a[key]!, 5);
    expect(pb.length).toBe(pa.length);
    pb.forEach((v, i) => expect(v).toBeCloseTo(pa[i], 5));
  });
});
