import * as tf from '@tensorflow/tfjs-core';
import { featureMatrix } from '../data/features';
import { planeGrid } from '../data/grid';
import { CURVE_POINTS, type NetworkPictures } from '../shared/engineTypes';
import { INPUT_DOMAIN } from '../data/datasets';
import { ONE_DIMENSIONAL_DATASETS } from '../shared/spec';
import type { FeatureName } from '../shared/spec';
import { finalOutput, forward, layerWidthsOf } from './model';
import type { Trainer } from './trainer';

export const OUTPUT_GRID_SIZE = 64;
/** Total floats of neuron pictures per snapshot; wide networks get coarser pictures, not slower frames. */
const NEURON_PICTURE_BUDGET = 40_000;
const MAX_NEURON_GRID = 24;
const MIN_NEURON_GRID = 8;

export function neuronGridSize(totalNeurons: number): number {
  const side = Math.floor(Math.sqrt(NEURON_PICTURE_BUDGET / Math.max(1, totalNeurons)));
  return Math.max(MIN_NEURON_GRID, Math.min(MAX_NEURON_GRID, side));
}

const gridInputs = new Map<string, Float32Array>();
function gridFeatures(size: number, features: readonly FeatureName[]): Float32Array {
  const key = `${size}|${features.join(',')}`;
  let matrix = gridInputs.get(key);
  if (!matrix) {
    const grid = planeGrid(size);
    matrix = featureMatrix(grid.x1, grid.x2, features);
    gridInputs.set(key, matrix);
  }
  return matrix;
}

/**
 * Every neuron's output over the input plane, in one batched forward pass and one read-back, plus the
 * output on a finer grid for the decision boundary; with the diagnostics the page shows beside them.
 */
export function computePictures(trainer: Trainer): NetworkPictures {
  const { layers } = trainer.built;
  const features = trainer.spec.network.features;
  const widths = layerWidthsOf(layers, features.length);
  const totalNeurons = widths.reduce((sum, w) => sum + w, 0);
  const neuronGrid = neuronGridSize(totalNeurons);
  const cells = neuronGrid * neuronGrid;
  const outputUnits = widths[widths.length - 1];
  const [neuronValues, outputValues] = tf.tidy(() => {
    const small = tf.tensor2d(gridFeatures(neuronGrid, features), [cells, features.length]);
    const everyNeuron = tf.transpose(tf.concat(forward(layers, small).outputs, 1));
    const fine = tf.tensor2d(gridFeatures(OUTPUT_GRID_SIZE, features), [OUTPUT_GRID_SIZE ** 2, features.length]);
    return [everyNeuron, tf.transpose(finalOutput(forward(layers, fine)))];
  });
  // Copies, because these buffers are transferred to the page and cpu's dataSync can hand out its own.
  const all = (neuronValues.dataSync() as Float32Array).slice();
  const output = (outputValues.dataSync() as Float32Array).slice();
  tf.dispose([neuronValues, outputValues]);
  const layerActivations: Float32Array[] = [];
  let offset = 0;
  for (const width of widths) {
    layerActivations.push(all.slice(offset, offset + width * cells));
    offset += width * cells;
  }
  return {
    neuronGridSize: neuronGrid,
    layerActivations,
    outputGridSize: OUTPUT_GRID_SIZE,
    output,
    outputUnits,
    weights: trainer.weights(),
    confusion: trainer.confusionMatrix(),
    health: trainer.health(),
    curve: ONE_DIMENSIONAL_DATASETS.includes(trainer.spec.data.dataset) ? curveAlongX1(trainer) : null,
  };
}

/** The network's output along the x1 axis (x2 = 0), for one-dimensional data drawn as a curve. */
function curveAlongX1(trainer: Trainer): Float32Array {
  const [lo, hi] = INPUT_DOMAIN;
  const x1 = Float32Array.from({ length: CURVE_POINTS }, (_, i) => lo + ((hi - lo) * i) / (CURVE_POINTS - 1));
  const features = trainer.spec.network.features;
  const values = tf.tidy(() => {
    const inputs = tf.tensor2d(featureMatrix(x1, new Float32Array(CURVE_POINTS), features), [CURVE_POINTS, features.length]);
    return tf.slice(finalOutput(forward(trainer.built.layers, inputs)), [0, 0], [-1, 1]);
  });
  const curve = (values.dataSync() as Float32Array).slice();
  values.dispose();
  return curve;
}

export function picturesTransferables(pictures: NetworkPictures): ArrayBuffer[] {
  return [
    ...pictures.layerActivations.map((a) => a.buffer as ArrayBuffer),
    pictures.output.buffer as ArrayBuffer,
    ...(pictures.curve ? [pictures.curve.buffer as ArrayBuffer] : []),
    ...pictures.weights.flatMap((w) => [w.kernel.buffer as ArrayBuffer, w.bias.buffer as ArrayBuffer]),
  ];
}
