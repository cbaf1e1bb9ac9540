import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import type { ParameterRef } from '../shared/engineTypes';
import { finalOutput, forward } from './model';
import { useCpuBackend } from './testBackend';
import { Trainer } from './trainer';
import { setParameter } from './weightEdit';

beforeAll(useCpuBackend);

function trainer(): Trainer {
  const spec = cloneSpec(DEFAULT_SPEC);
  return new Trainer(spec, buildTrainingData(spec, null)!);
}

const predictAt = (t: Trainer, x: number[][]) => tf.tidy(() => Array.from(finalOutput(forward(t.built.layers, tf.tensor2d(x))).dataSync()));

describe('setting one weight or bias by hand', () => {
  it('changes exactly that entry of the variable, and so the prediction, without leaking tensors', () => {
    const t = trainer();
    const inputs = [[1, 2, ...Array(t.data.example.shape[0] - 2).fill(0)]];
    t.trainEpoch();
    const before = predictAt(t, inputs);
    const kernelBefore = Array.from(t.built.layers[0].kind === 'dense' ? t.built.layers[0].kernel.dataSync() : []);
    const tensors = tf.memory().numTensors;
    setParameter(t.built.layers, { kind: 'weight', layer: 0, from: 1, to: 2 }, 3.5);
    setParameter(t.built.layers, { kind: 'bias', layer: 0, to: 0 }, -1.25);
    expect(tf.memory().numTensors).toBe(tensors);
    const layer = t.built.layers[0];
    if (layer.kind !== 'dense') throw new Error('expected a dense first layer');
    const units = layer.kernel.shape[1];
    const kernel = Array.from(layer.kernel.dataSync());
    kernel.forEach((v, i) => expect(v).toBeCloseTo(i === 1 * units + 2 ? 3.5 : kernelBefore[i], 6));
    expect(layer.bias.dataSync()[0]).toBeCloseTo(-1.25, 6);
    expect(predictAt(t, inputs)[0]).not.toBeCloseTo(before[0], 4);
    // Training goes on from the typed values.
    t.trainEpoch();
    expect(Number.isFinite(t.evaluate().train)).toBe(true);
    t.dispose();
  });

  it('refuses values out of range and parameters the network does not have', () => {
    const t = trainer();
    const tensors = tf.memory().numTensors;
    const last = t.built.layers.length - 1;
    expect(() => setParameter(t.built.layers, { kind: 'weight', layer: 0, from: 0, to: 0 }, 101)).toThrow(/from −100 to 100/);
    expect(() => setParameter(t.built.layers, { kind: 'weight', layer: 0, from: 0, to: 0 }, NaN)).toThrow(/number/);
    expect(() => setParameter(t.built.layers, { kind: 'weight', layer: 0, from: 99, to: 0 }, 1)).toThrow(/no such weight/);
    expect(() => setParameter(t.built.layers, { kind: 'bias', layer: last, to: 5 }, 1)).toThrow(/no such bias/);
    expect(() => setParameter(t.built.layers, { kind: 'bias', layer: last + 1, to: 0 }, 1)).toThrow(/no weights/);
    expect(() => setParameter(t.built.layers, { kind: 'gamma', layer: 0, to: 0 } as unknown as ParameterRef, 1)).toThrow(/weight or a bias/);
    expect(tf.memory().numTensors).toBe(tensors);
    t.dispose();
  });
});
