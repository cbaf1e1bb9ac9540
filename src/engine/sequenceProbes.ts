import * as tf from '@tensorflow/tfjs-core';
import type { NetworkPictures } from '../shared/engineTypes';
import { createRandom } from '../shared/random';
import { DEFAULT_TEMPERATURE, MAX_TRACED_UNITS, SAMPLED_CHARACTERS, type RecurrentTrace, type SequencePictures } from '../shared/sequencePictures';
import type { ActivationName } from '../shared/spec';
import { isRecurrent } from './layers/engineLayer';
import { memoryReach } from './memoryReach';
import { answerOf, finalOutput, forward } from './model';
import { traceLayer } from './recurrentTrace';
import type { Trainer } from './trainer';

/** Steps the fed-back forecast runs ahead: two periods of the generated waves. */
export const FORECAST_STEPS = 50;


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
  const answer = tf.tidy(() => answerOf(finalOutput({ outputs, pre: [] })));
  const output = (answer.dataSync() as Float32Array).slice();
  answer.dispose();
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
    const next = tf.tidy(() => tf.slice(answerOf(finalOutput(forward(trainer.built.layers, tf.tensor3d(window, [1, steps, 1])))), [0, 0], [1, 1]));
    forecast[k] = next.dataSync()[0];
    next.dispose();
    window.copyWithin(0, 1);
    window[steps - 1] = forecast[k];
  }
  return forecast;
}

/**
 * Text from the network: from the first test window on, each next character drawn from the
 * network's probabilities sharpened (temperature below 1) or flattened (above 1), then fed back.
 */
function sampleText(trainer: Trainer, alphabet: readonly string[], temperature: number): NonNullable<SequencePictures['sampled']> {
  const [steps, classes] = trainer.data.example.shape as [number, number];
  const window = Float32Array.from(trainer.data.test.x.subarray(0, steps * classes));
  const charAt = (t: number) => alphabet[window.subarray(t * classes, (t + 1) * classes).indexOf(1)] ?? '';
  const seed = Array.from({ length: steps }, (_, t) => charAt(t)).join('');
  // Seeded by the run's progress: the same network samples the same text, a newer one new text.
  const random = createRandom(trainer.spec.training.seed * 7919 + trainer.epoch * 104729 + trainer.iteration);
  let text = '';
  for (let k = 0; k < SAMPLED_CHARACTERS; k++) {
    const probabilities = tf.tidy(() => answerOf(finalOutput(forward(trainer.built.layers, tf.tensor3d(window, [1, steps, classes])))));
    const p = probabilities.dataSync() as Float32Array;
    const weights = Array.from(p, (value) => Math.pow(Math.max(value, 1e-12), 1 / temperature));
    probabilities.dispose();
    const total = weights.reduce((sum, w) => sum + w, 0);
    let pick = random.next() * total;
    let next = 0;
    while (next < weights.length - 1 && pick >= weights[next]) pick -= weights[next++];
    text += alphabet[next];
    window.copyWithin(0, classes);
    window.fill(0, (steps - 1) * classes);
    window[(steps - 1) * classes + next] = 1;
  }
  return { seed, text, temperature };
}

/** A sequence network's pictures: the chosen test sequence's states and gates, and for forecasts the predictions over the series. */
export function sequencePictures(trainer: Trainer, index: number, temperature = DEFAULT_TEMPERATURE): SequencePictures {
  const chosen = Math.min(Math.max(0, index), trainer.data.test.count - 1);
  const { traces, output } = traceSequence(trainer, chosen);
  const forecasting = trainer.data.preview.kind === 'series';
  return {
    index: chosen,
    traces,
    output,
    predictions: forecasting ? trainer.allPredictions() : null,
    forecast: forecasting ? fedBackForecast(trainer) : null,
    sampled: trainer.data.preview.kind === 'text' ? sampleText(trainer, trainer.data.preview.alphabet, temperature) : null,
    reach: memoryReach(trainer),
  };
}

/** NetworkPictures for a sequence network: no plane to draw over, the sequence pictures instead. */
export function sequenceNetworkPictures(trainer: Trainer, index: number, temperature?: number): NetworkPictures {
  const sequences = sequencePictures(trainer, index, temperature);
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
