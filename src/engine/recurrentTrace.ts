import type { GateName, RecurrentTrace } from '../shared/sequencePictures';
import { ACTIVATION_CURVES } from '../shared/activationCurves';
import type { ActivationName } from '../shared/spec';
import type { RecurrentParams } from './layers/engineLayer';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

interface CellWeights {
  features: number;
  units: number;
  /** features × gates·units, recurrent units × gates·units, gates·units: row-major, as tfjs keeps them. */
  kernel: Float32Array;
  recurrent: Float32Array;
  bias: Float32Array;
}

/** x·K + b (when `bias`) for one step, all gates at once. */
function inputPart(w: CellWeights, x: Float32Array, t: number, width: number, bias: boolean): Float64Array {
  const z = new Float64Array(width);
  if (bias) for (let j = 0; j < width; j++) z[j] = w.bias[j];
  for (let f = 0; f < w.features; f++) {
    const value = x[t * w.features + f];
    if (value === 0) continue;
    const row = f * width;
    for (let j = 0; j < width; j++) z[j] += value * w.kernel[row + j];
  }
  return z;
}

/** Adds h·R[:, from..to) to z[from..to). */
function addRecurrent(w: CellWeights, h: Float64Array, z: Float64Array, width: number, from: number, to: number): void {
  for (let u = 0; u < w.units; u++) {
    const value = h[u];
    if (value === 0) continue;
    const row = u * width;
    for (let j = from; j < to; j++) z[j] += value * w.recurrent[row + j];
  }
}

/**
 * The layer's step-by-step states for one sequence (x: steps × features), computed with the cell
 * equations tfjs's own SimpleRNN, LSTM and GRU cells use (Keras's: LSTM gates i, f, c, o; GRU gates
 * z, r, h with the reset applied before the recurrent product), so that the hidden state matches
 * the layer's own output and the gates are the ones that produced it.
 */
export function traceRecurrent(kind: RecurrentTrace['kind'], w: CellWeights, x: Float32Array, steps: number, activation: (z: number) => number): Omit<RecurrentTrace, 'layer'> {
  const U = w.units;
  const gatesOf: Record<RecurrentTrace['kind'], GateName[]> = { simpleRnn: [], lstm: ['input gate', 'forget gate', 'output gate', 'cell state'], gru: ['update gate', 'reset gate'] };
  const names = gatesOf[kind];
  const hidden = new Float32Array(U * steps);
  const gates = names.map((name) => ({ name, values: new Float32Array(U * steps) }));
  const record = (which: number, t: number, values: ArrayLike<number>) => {
    const target = which < 0 ? hidden : gates[which].values;
    for (let u = 0; u < U; u++) target[u * steps + t] = values[u];
  };
  let h = new Float64Array(U);
  const c = new Float64Array(U);
  for (let t = 0; t < steps; t++) {
    if (kind === 'simpleRnn') {
      const z = inputPart(w, x, t, U, true);
      addRecurrent(w, h, z, U, 0, U);
      h = z.map(activation);
    } else if (kind === 'lstm') {
      const width = 4 * U;
      const z = inputPart(w, x, t, width, true);
      addRecurrent(w, h, z, width, 0, width);
      const i = new Float64Array(U);
      const f = new Float64Array(U);
      const o = new Float64Array(U);
      for (let u = 0; u < U; u++) {
        i[u] = sigmoid(z[u]);
        f[u] = sigmoid(z[U + u]);
        o[u] = sigmoid(z[3 * U + u]);
        c[u] = f[u] * c[u] + i[u] * activation(z[2 * U + u]);
      }
      h = c.map((cell, u) => o[u] * activation(cell));
      record(0, t, i);
      record(1, t, f);
      record(2, t, o);
      record(3, t, c);
    } else {
      const width = 3 * U;
      const z = inputPart(w, x, t, width, true);
      addRecurrent(w, h, z, width, 0, 2 * U);
      const update = new Float64Array(U);
      const reset = new Float64Array(U);
      for (let u = 0; u < U; u++) {
        update[u] = sigmoid(z[u]);
        reset[u] = sigmoid(z[U + u]);
      }
      const candidate = z.subarray(2 * U);
      addRecurrent(w, reset.map((r, u) => r * h[u]), z, width, 2 * U, width);
      h = h.map((previous, u) => update[u] * previous + (1 - update[u]) * activation(candidate[u]));
      record(0, t, update);
      record(1, t, reset);
    }
    record(-1, t, h);
  }
  return { kind, units: U, steps, hidden, gates };
}

/** The trace of an engine recurrent layer over one sequence (steps × features, as plain numbers). */
export function traceLayer(layer: RecurrentParams, index: number, x: Float32Array, steps: number, activation: ActivationName): RecurrentTrace {
  const weights: CellWeights = {
    features: layer.kernel.shape[0],
    units: layer.units,
    kernel: layer.kernel.dataSync() as Float32Array,
    recurrent: layer.recurrentKernel.dataSync() as Float32Array,
    bias: layer.bias.dataSync() as Float32Array,
  };
  return { layer: index, ...traceRecurrent(layer.kind, weights, x, steps, (z) => ACTIVATION_CURVES[activation].f(z, 0.01)) };
}
