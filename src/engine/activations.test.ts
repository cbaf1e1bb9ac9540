import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATION_CURVES } from '../shared/activationCurves';
import { HIDDEN_ACTIVATIONS } from '../shared/spec';
import { ACTIVATIONS } from './activations';
import { useCpuBackend } from './testBackend';

beforeAll(useCpuBackend);

const XS = [-3, -1.5, -0.2, 0.3, 1, 2.5];

describe('activations', () => {
  for (const name of HIDDEN_ACTIVATIONS) {
    it(`${name}: the engine's function and derivative agree with the textbook formulas drawn in the picker`, () => {
      const impl = ACTIVATIONS[name];
      const slope = 0.2;
      const z = tf.tensor1d(XS);
      const a = impl.apply(z, slope);
      const values = Array.from(a.dataSync());
      const derivatives = impl.derivative ? Array.from(impl.derivative(z, a, slope).dataSync()) : XS.map(() => 1);
      XS.forEach((x, i) => {
        expect(values[i]).toBeCloseTo(ACTIVATION_CURVES[name].f(x, slope), 4);
        expect(derivatives[i]).toBeCloseTo(ACTIVATION_CURVES[name].df(x, slope), 4);
      });
      tf.dispose([z, a]);
    });
  }

  it('shows what the notes say: sigmoid squashes into 0..1, relu is 0 for negative input', () => {
    for (const x of [-50, -1, 0, 1, 50]) {
      expect(ACTIVATION_CURVES.sigmoid.f(x, 0)).toBeGreaterThanOrEqual(0);
      expect(ACTIVATION_CURVES.sigmoid.f(x, 0)).toBeLessThanOrEqual(1);
    }
    expect(ACTIVATION_CURVES.relu.f(-2, 0)).toBe(0);
    expect(ACTIVATION_CURVES.relu.df(-2, 0)).toBe(0);
    expect(ACTIVATION_CURVES.leakyRelu.df(-2, 0.1)).toBe(0.1);
  });

  it('softmax makes each row a probability distribution', () => {
    const p = ACTIVATIONS.softmax.apply(tf.tensor2d([[1, 2, 3], [0, 0, 0]]), 0);
    const rows = p.arraySync() as number[][];
    rows.forEach((row) => expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6));
    expect(rows[1][0]).toBeCloseTo(1 / 3, 6);
  });
});
