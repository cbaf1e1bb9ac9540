import type { LabelledSet, SequencePreview, Targets } from '../../shared/dataContract';
import { MEMORY_ALPHABET } from '../../shared/characters';
import { createRandom } from '../../shared/random';
import { FORECAST_DATASETS, type DataSpec, type SequenceDatasetName } from '../../shared/spec';
import { trainCount } from '../../shared/trainCount';
import { characterRows } from './characters';
import { nextAtEveryStep } from './stepTargets';
import { SUNSPOTS, SUNSPOTS_FIRST_YEAR } from './sunspotsData';

type ForecastName = (typeof FORECAST_DATASETS)[number];
export const isForecast = (dataset: SequenceDatasetName): dataset is ForecastName => (FORECAST_DATASETS as readonly string[]).includes(dataset);

/** Steps per period of the generated waves: long enough to need a window, short enough to repeat often. */
export const WAVE_PERIOD = 25;
/** Sunspot numbers are divided by this, so that the network sees values around 0..2. */
export const SUNSPOT_SCALE = 100;

function waveValue(dataset: Exclude<ForecastName, 'sunspots'>, step: number): number {
  const phase = step / WAVE_PERIOD;
  switch (dataset) {
    case 'sineWave':
      return Math.sin(2 * Math.PI * phase);
    case 'squareWave':
      return Math.sin(2 * Math.PI * phase) >= 0 ? 1 : -1;
    case 'sawtoothWave':
      return 2 * (phase - Math.floor(phase)) - 1;
    case 'twoSines':
      // Periods 25 and 9: the sum repeats only every 225 steps, so one period cannot be memorised.
      return 0.6 * Math.sin(2 * Math.PI * phase) + 0.4 * Math.sin((2 * Math.PI * step) / 9);
  }
}

/**
 * The series a forecast dataset predicts: a generated wave of `length` steps with Gaussian noise
 * (noise 50 is a standard deviation of 0.25), or the shipped sunspots scaled by 1/100.
 */
export function forecastSeries(dataset: ForecastName, length: number, noise: number, seed: number): Float32Array {
  if (dataset === 'sunspots') return Float32Array.from(SUNSPOTS, (value) => value / SUNSPOT_SCALE);
  const random = createRandom(seed);
  const spread = (noise / 50) * 0.25;
  return Float32Array.from({ length }, (_, step) => waveValue(dataset, step) + (spread > 0 ? random.normal(0, spread) : 0));
}

/** Every window of `window` consecutive values, each with the value that follows it as its target. */
export function windowsOf(series: Float32Array, window: number): { x: Float32Array; next: Float32Array; count: number } {
  const count = Math.max(0, series.length - window);
  const x = new Float32Array(count * window);
  for (let i = 0; i < count; i++) x.set(series.subarray(i, i + window), i * window);
  return { x, next: series.slice(window, window + count), count };
}

export interface SequenceRows {
  train: LabelledSet<Float32Array>;
  test: LabelledSet<Float32Array>;
  preview: SequencePreview;
}

/**
 * A forecast: windows in time order, the first share for training and the rest for testing, so the
 * test asks about a future the network never saw (no shuffling across the split).
 */
function forecastRows(data: DataSpec, dataset: ForecastName, perStep: boolean): SequenceRows {
  const series = forecastSeries(dataset, data.numPoints + data.window, data.noise, data.dataSeed);
  const windows = windowsOf(series, data.window);
  const trainWindows = trainCount(windows.count, data.trainPercent);
  const part = (from: number, to: number): LabelledSet<Float32Array> => ({
    x: windows.x.slice(from * data.window, to * data.window),
    targets: perStep ? { kind: 'perStep', steps: data.window, values: nextAtEveryStep(series, data.window, from, to) } : { kind: 'value', values: windows.next.slice(from, to) },
    count: to - from,
  });
  const sunspots = dataset === 'sunspots';
  return {
    train: part(0, trainWindows),
    test: part(trainWindows, windows.count),
    preview: {
      kind: 'series',
      values: series,
      testStart: data.window + trainWindows,
      stepName: sunspots ? 'year' : 'step',
      firstStep: sunspots ? SUNSPOTS_FIRST_YEAR : 0,
      scale: sunspots ? SUNSPOT_SCALE : 1,
      window: data.window,
      trainCount: trainWindows,
      testCount: windows.count - trainWindows,
    },
  };
}

/** Test sequences the page shows as symbols. */
const SHOWN_SEQUENCES = 8;

/**
 * The memory task: each sequence starts with A or B and goes on with T − 1 random Cs and Ds; the
 * class is the first symbol. The answer is T steps back when the network has to give it, which a
 * SimpleRNN's fading memory loses as T grows and an LSTM's cell can keep.
 */
export function memorySequences(count: number, window: number, seed: number): { symbols: Uint8Array; labels: Uint8Array } {
  const random = createRandom(seed);
  const symbols = new Uint8Array(count * window);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    labels[i] = random.int(2);
    symbols[i * window] = labels[i];
    for (let t = 1; t < window; t++) symbols[i * window + t] = 2 + random.int(2);
  }
  return { symbols, labels };
}

/** Symbols as one-hot rows of four: count × window × 4. */
export function oneHotSymbols(symbols: Uint8Array): Float32Array {
  const x = new Float32Array(symbols.length * MEMORY_ALPHABET.length);
  symbols.forEach((symbol, i) => (x[i * MEMORY_ALPHABET.length + symbol] = 1));
  return x;
}

function memoryRows(data: DataSpec, perStep: boolean): SequenceRows {
  const { symbols, labels } = memorySequences(data.numPoints, data.window, data.dataSeed);
  const trainSequences = trainCount(data.numPoints, data.trainPercent);
  // At every step the answer is the same: the first symbol, which the network has seen from step 1 on.
  const targetsOf = (from: number, to: number): Targets =>
    perStep
      ? { kind: 'perStep', steps: data.window, values: Float32Array.from({ length: (to - from) * data.window }, (_, k) => labels[from + Math.floor(k / data.window)]) }
      : { kind: 'class', classes: 2, values: Float32Array.from(labels.subarray(from, to)) };
  const part = (from: number, to: number): LabelledSet<Float32Array> => ({
    x: oneHotSymbols(symbols.subarray(from * data.window, to * data.window)),
    targets: targetsOf(from, to),
    count: to - from,
  });
  const shown = Math.min(SHOWN_SEQUENCES, data.numPoints - trainSequences);
  return {
    train: part(0, trainSequences),
    test: part(trainSequences, data.numPoints),
    preview: {
      kind: 'symbols',
      alphabet: [...MEMORY_ALPHABET],
      symbols: symbols.slice(trainSequences * data.window, (trainSequences + shown) * data.window),
      labels: labels.slice(trainSequences, trainSequences + shown),
      count: shown,
      window: data.window,
      trainCount: trainSequences,
      testCount: data.numPoints - trainSequences,
    },
  };
}

/**
 * A sequence dataset's rows, [T, F] per example, and the preview the page draws of them. `perStep`:
 * the network answers at every step, so each example has T targets (what follows each step).
 */
export function sequenceRows(data: DataSpec, dataset: SequenceDatasetName, perStep = false): SequenceRows {
  if (dataset === 'characters') return characterRows(data, perStep);
  return isForecast(dataset) ? forecastRows(data, dataset, perStep) : memoryRows(data, perStep);
}
