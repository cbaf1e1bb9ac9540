import * as tf from '@tensorflow/tfjs-core';
import { featureMatrix } from '../data/features';
import { planeGrid } from '../data/grid';
import type { NetworkPictures } from '../shared/engineTypes';
import type { FeatureName } from '../shared/spec';
import { forward, readWeights, type DenseParams } from './model';

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
 * output on a finer grid for the decision boundary.
 */
export function computePictures(layers: DenseParams[], features: readonly FeatureName[]): NetworkPictures {
  const totalNeurons = layers.reduce((sum, layer) => sum + layer.kernel.shape[1], 0);
  const neuronGrid = neuronGridSize(totalNeurons);
  const cells = neuronGrid * neuronGrid;
  const [neuronValues, outputValues] = tf.tidy(() => {
    const small = tf.tensor2d(gridFeatures(neuronGrid, features), [cells, features.length]);
    const everyNeuron = tf.transpose(tf.concat(forward(layers, small), 1));
    const fine = tf.tensor2d(gridFeatures(OUTPUT_GRID_SIZE, features), [OUTPUT_GRID_SIZE ** 2, features.length]);
    return [everyNeuron, forward(layers, fine).at(-1)!];
  });
  // Copies, because these buffers are transferred to the page and cpu's dataSync can hand out its own.
  const all = (neuronValues.dataSync() as Float32Array).slice();
  const output = (outputValues.dataSync() as Float32Array).slice();
  neuronValues.dispose();
  outputValues.dispose();
  const layerActivations: Float32Array[] = [];
  let offset = 0;
  for (const layer of layers) {
    const size = layer.kernel.shape[1] * cells;
    layerActivations.push(all.subarray(offset, offset + size).slice());
    offset += size;
  }
  return {
    neuronGridSize: neuronGrid,
    layerActivations,
    outputGridSize: OUTPUT_GRID_SIZE,
    output,
    weights: readWeights(layers),
  };
}

export function picturesTransferables(pictures: NetworkPictures): ArrayBuffer[] {
  return [
    ...pictures.layerActivations.map((a) => a.buffer as ArrayBuffer),
    pictures.output.buffer as ArrayBuffer,
    ...pictures.weights.flatMap((w) => [w.kernel.buffer as ArrayBuffer, w.bias.buffer as ArrayBuffer]),
  ];
}
