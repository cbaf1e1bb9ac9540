import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import { HIDDEN_ACTIVATIONS } from '../shared/spec';
import type { BatchNormParams } from './layers/engineLayer';
import { finalOutput, forward, isDenseStack } from './model';
import { useCpuBackend } from './testBackend';
import { dense, modelOf, network, randomBatch } from './testNetworks';
import { Trainer } from './trainer';

beforeAll(useCpuBackend);

describe('one forward pass', () => {
  it.each(HIDDEN_ACTIVATIONS)('the dense fast path computes what the tfjs model itself predicts (%s)', (activation) => {
    const built = modelOf(network([dense(6, activation, { leakySlope: 0.2 }), dense(4, activation)], 'softmax'), 3, 3, 11);
    expect(isDenseStack(built.layers)).toBe(true);
    const x = randomBatch(32, 3, 5);
    const [mine, tfjs] = tf.tidy(() => [finalOutput(forward(built.layers, x)).dataSync(), (built.model.predict(x) as tf.Tensor).dataSync()]);
    Array.from(tfjs).forEach((v, i) => expect(mine[i]).toBeCloseTo(v, 5));
    x.dispose();
    built.model.dispose();
  });

  it('a stack with batch norm goes through the tfjs layers: training moves the moving statistics, the health probe does not', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.network.hidden = [dense(4, 'tanh'), { kind: 'batchNorm' }];
    spec.training.optimizer = 'adam';
    const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
    const norm = trainer.built.layers[1] as BatchNormParams;
    const stats = () => [...norm.movingMean.dataSync(), ...norm.movingVariance.dataSync()];
    const initial = stats();
    trainer.health();
    expect(stats()).toEqual(initial);
    trainer.trainBatch();
    const afterOne = stats();
    expect(afterOne).not.toEqual(initial);
    // Inference uses the moving statistics and leaves them alone.
    tf.tidy(() => finalOutput(forward(trainer.built.layers, tf.ones([5, 2]))));
    expect(stats()).toEqual(afterOne);
    const tensors = tf.memory().numTensors;
    trainer.trainBatch();
    trainer.health();
    expect(tf.memory().numTensors).toBe(tensors);
    trainer.dispose();
  });
});
