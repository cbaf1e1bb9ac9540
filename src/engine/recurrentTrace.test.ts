import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inferLayerShapes, outputLayer } from '../shared/layers/inferShapes';
import { defaultLayer, type LayerSpec } from '../shared/layers/registry';
import { DEFAULT_SPEC } from '../shared/defaults';
import type { RecurrentParams } from './layers/engineLayer';
import { buildModel, forward } from './model';
import { traceLayer } from './recurrentTrace';
import { useCpuBackend } from './testBackend';

beforeAll(useCpuBackend);

const STEPS = 7;
const FEATURES = 3;

describe('recurrent traces', () => {
  for (const kind of ['simpleRnn', 'lstm', 'gru'] as const) {
    it(`${kind}: the hidden state per step is tfjs's own layer output, to 1e-5, and the gates are in (0, 1)`, () => {
      // Two stacked layers, the first returning sequences, so the second is traced from a real layer's output.
      const hidden: LayerSpec[] = [
        { ...defaultLayer(kind), units: 5, returnSequences: true },
        { ...defaultLayer(kind), units: 4, returnSequences: true },
        defaultLayer('flatten'),
      ];
      const shapes = inferLayerShapes([STEPS, FEATURES], [...hidden, outputLayer(DEFAULT_SPEC.network, 1)]);
      const model = buildModel(shapes, 11);
      const x = tf.randomNormal([1, STEPS, FEATURES], 0, 1, 'float32', 5);
      const outputs = tf.tidy(() => forward(model.layers, x).outputs);
      const inputs = [x, outputs[0]];
      for (const i of [0, 1]) {
        const trace = traceLayer(model.layers[i] as RecurrentParams, i, inputs[i].dataSync() as Float32Array, STEPS, 'tanh');
        const expected = outputs[i].dataSync(); // [1, steps, units], step-major
        const units = trace.units;
        for (let t = 0; t < STEPS; t++) for (let u = 0; u < units; u++) expect(Math.abs(trace.hidden[u * STEPS + t] - expected[t * units + u])).toBeLessThan(1e-5);
        expect(trace.gates.map((gate) => gate.name)).toEqual({ simpleRnn: [], lstm: ['input gate', 'forget gate', 'output gate', 'cell state'], gru: ['update gate', 'reset gate'] }[kind]);
        for (const gate of trace.gates.filter((g) => g.name !== 'cell state')) for (const value of gate.values) expect(value > 0 && value < 1).toBe(true);
      }
      tf.dispose([x, ...outputs]);
      model.model.dispose();
    });
  }
});
