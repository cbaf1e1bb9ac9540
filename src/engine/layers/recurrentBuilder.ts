import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { RecurrentLayerSpec } from '../../shared/layers/recurrent';
import type { Random } from '../../shared/random';
import { INITIALIZERS } from '../initializers';
import type { LayerBuilder } from './engineLayer';

const GATES: Record<RecurrentLayerSpec['kind'], number> = { simpleRnn: 1, lstm: 4, gru: 3 };

/**
 * Keras's orthogonal initializer for the recurrent kernel (rows × cols, rows ≤ cols), from our seeded
 * generator: Gram–Schmidt on a normal matrix, so that the rows are orthonormal. tfjs's own
 * orthogonal initializer takes seconds for a few hundred units (tfjs issues #245, #794); this is
 * milliseconds, and the same on every backend.
 */
export function orthogonalRows(rows: number, cols: number, random: Random): Float32Array {
  const basis: Float64Array[] = [];
  while (basis.length < rows) {
    const v = Float64Array.from({ length: cols }, () => random.normal(0, 1));
    for (const b of basis) {
      let dot = 0;
      for (let k = 0; k < cols; k++) dot += v[k] * b[k];
      for (let k = 0; k < cols; k++) v[k] -= dot * b[k];
    }
    const norm = Math.hypot(...v);
    // A draw that falls (numerically) inside the span so far is drawn again.
    if (norm < 1e-6) continue;
    basis.push(v.map((x) => x / norm));
  }
  const values = new Float32Array(rows * cols);
  basis.forEach((row, r) => values.set(row, r * cols));
  return values;
}

export const recurrentBuilder: LayerBuilder<RecurrentLayerSpec> = {
  create(layer, { name, inputShape }) {
    const options = {
      units: layer.units,
      activation: layer.activation as 'tanh',
      returnSequences: layer.returnSequences,
      inputShape,
      // Overwritten by `attach`; 'zeros' also spares tfjs's slow orthogonal initializer.
      kernelInitializer: 'zeros' as const,
      recurrentInitializer: 'zeros' as const,
      name,
    };
    // Keras's gates are sigmoids; tfjs's default is the hard sigmoid.
    if (layer.kind === 'simpleRnn') return [tfl.layers.simpleRNN(options)];
    if (layer.kind === 'lstm') return [tfl.layers.lstm({ ...options, recurrentActivation: 'sigmoid' })];
    return [tfl.layers.gru({ ...options, recurrentActivation: 'sigmoid' })];
  },
  attach(layer, tfLayers, { input, random }) {
    const features = input[input.length - 1];
    const width = GATES[layer.kind] * layer.units;
    const draw = INITIALIZERS[layer.initializer];
    const bias = new Float32Array(width);
    // Keras's unit forget bias: an LSTM starts out remembering (gate order i, f, c, o).
    if (layer.kind === 'lstm') bias.fill(1, layer.units, 2 * layer.units);
    const values = [
      tf.tensor2d(Float32Array.from({ length: features * width }, () => draw(features, width, random)), [features, width]),
      tf.tensor2d(orthogonalRows(layer.units, width, random), [layer.units, width]),
      tf.tensor1d(bias),
    ];
    tfLayers[0].setWeights(values);
    tf.dispose(values);
    const [kernel, recurrentKernel, biasVariable] = tfLayers[0].trainableWeights.map((w) => w.read() as tf.Variable);
    return {
      kind: layer.kind,
      tfLayers,
      trainable: [kernel, recurrentKernel, biasVariable],
      stateful: [],
      penalty: null,
      kernel: kernel as tf.Variable<tf.Rank.R2>,
      recurrentKernel: recurrentKernel as tf.Variable<tf.Rank.R2>,
      bias: biasVariable,
      units: layer.units,
      dropout: layer.dropout,
    };
  },
};
