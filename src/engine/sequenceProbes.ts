import * as tf from '@tensorflow/tfjs-core';
import type { NetworkPictures } from '../shared/engineTypes';
import { MAX_TRACED_UNITS, type RecurrentTrace, type SequencePictures } from '../shared/sequencePictures';
import type { ActivationName } from '../shared/spec';
import type { RecurrentParams } from './layers/engineLayer';
import { finalOutput, forward } from './model';
import { traceLayer } from './recurrentTrace';
import type { Trainer } from './trainer';

/** Steps the fed-back forecast runs ahead: two periods of the generated waves. */
export const FORECAST_STEPS = 50;

const isRecurrent = (layer: { kind: string }): layer is RecurrentParams => layer.kind === 'simpleRnn' || layer.kind === 'lstm' || layer.kind === 'gru';

/** The chosen test sequence through every recurrent layer, step by step, and the network's output for it. */
function traceSequence(trainer: Trainer, index: number): { traces: RecurrentTrace[]; output: Float32Array } {
  const { layers } = trainer.built;
  const [steps] = trainer.data.example.shape;
  const x = trainer.testExample(index);
  const outputs = tf.tidy(() => forward(layers, x).outputs);
  const traces: RecurrentTrace[] = [];
  layers.forEach((layer, i) => {
    if (i >= trainer.spec.network.hidden.length || !isRecurrent(layer) || layer.units > MAX_TRACED_UNITS) return;
    const input = i === 0 ? x : outputs[i - 1];
    // A recurrent layer after one that returned no sequence cannot be built: its input is always [1, T, F].
    if (input.rank !== 3) return;
    const activation = (trainer.spec.network.hidden[i] as { activation: ActivationName }).activation;
    traces.push(traceLayer(layer, i, input.dataSync() as Float32Array, steps, activation));
  });
  const output = (finalOutput({ outputs, pre: [] }).dataSync() as Float32Array).slice();
  tf.dispose([x, ...outputs]);
  return { traces, output };
}

/** From the first test window on, each prediction becomes the newest value of the next window. */
function fedBackForecast(trainer: Trainer): Float32Array {
  const [steps] = trainer.data.example.shape;
  const window = Float32Array.from(trainer.data.test.x.subarray(0, steps));
  const horizon = Math.min(FORECAST_STEPS, trainer.data.test.count);
  const forecast = new Float32Array(horizon);
  for (let k = 0; k < horizon; k++) {
    const next = tf.tidy(() => tf.slice(finalOutput(forward(trainer.built.layers, tf.tensor3d(window, [1, steps, 1]))), [0, 0], [1, 1]));
    forecast[k] = next.dataSync()[0];
    next.dispose();
    window.copyWithin(0, 1);
    window[steps - 1] = forecast[k];
  }
  return forecast;
}

/** A sequence network's pictures: the chosen test sequence's states and gates, and for forecasts the predictions over the series. */
export function sequencePictures(trainer: Trainer, index: number): SequencePictures {
  const chosen = Math.min(Math.max(0, index), trainer.data.test.count - 1);
  const { traces, output } = traceSequence(trainer, chosen);
  const forecasting = trainer.data.preview.kind === 'series';
  return {
    index: chosen,
    traces,
    output,
    predictions: forecasting ? trainer.allPredictions() : null,
    forecast: forecasting ? fedBackForecast(trainer) : null,
  };
}

/** NetworkPictures for a sequence network: no plane to draw over, the sequence pictures instead. */
export function sequenceNetworkPictures(trainer: Trainer, index: number): NetworkPictures {
  const sequences = sequencePictures(trainer, index);
  return {
    neuronGridSize: 1,
    layerActivations: [],
    outputGridSize: 0,
    output: new Float32Array(0),
    outputUnits: sequences.output.length,
    weights: trainer.weights(),
    confusion: trainer.classification ? trainer.confusionMatrix() : null,
    health: trainer.health(),
    curve: null,
    testPredictions: trainer.classification ? null : trainer.testPredictions(),
    images: null,
    sequences,
  };
}
