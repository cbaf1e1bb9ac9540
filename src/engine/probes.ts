import * as tf from '@tensorflow/tfjs-core';
import { assertNever } from '../shared/assertNever';
import { sequencePicturesTransferables } from '../shared/sequencePictures';
import { sequenceNetworkPictures } from './sequenceProbes';
import { gridOver, planeInputsAt } from '../data/inputPlane';
import { featureWidth, type InputPlane } from '../shared/dataContract';
import { CURVE_POINTS, type NetworkPictures } from '../shared/engineTypes';
import { imagePicturesTransferables, type ImageChoice } from '../shared/imagePictures';
import { imagePictures } from './imageProbes';
import { drawnWidth, isOneDimensional } from '../shared/spec';
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

// The grid's network inputs depend only on the plane and the size: computed once per run.
const gridInputs = new WeakMap<InputPlane, Map<number, Float32Array>>();
function planeInputs(plane: InputPlane, size: number): Float32Array {
  let bySize = gridInputs.get(plane);
  if (!bySize) gridInputs.set(plane, (bySize = new Map()));
  let matrix = bySize.get(size);
  if (!matrix) {
    const grid = gridOver(plane.ranges, size);
    bySize.set(size, (matrix = planeInputsAt(plane, grid.u, grid.v)));
  }
  return matrix;
}

/**
 * Every neuron's output over the input plane, in one batched forward pass and one read-back, plus the
 * output on a finer grid for the decision boundary; with the diagnostics the page shows beside them.
 */
export function computePictures(trainer: Trainer, choice: ImageChoice = { source: 'test', index: 0 }): NetworkPictures {
  const { preview } = trainer.data;
  switch (preview.kind) {
    case 'plane':
      return planeNetworkPictures(trainer, preview.plane);
    case 'images':
      return imageNetworkPictures(trainer, choice);
    case 'series':
    case 'symbols':
    case 'text':
      return choice.source === 'test' ? sequenceNetworkPictures(trainer, choice.index, choice.temperature) : sequenceNetworkPictures(trainer, 0);
    default:
      return assertNever(preview);
  }
}

function planeNetworkPictures(trainer: Trainer, plane: InputPlane): NetworkPictures {
  const { layers } = trainer.built;
  const width = featureWidth(trainer.data.example);
  // Only the neurons the diagram draws: a 512-wide layer would otherwise cost megabytes per frame.
  const widths = layerWidthsOf(layers, width).map(drawnWidth);
  const totalNeurons = widths.reduce((sum, w) => sum + w, 0);
  const neuronGrid = neuronGridSize(totalNeurons);
  const cells = neuronGrid * neuronGrid;
  const outputUnits = layerWidthsOf(layers, width).at(-1)!;
  const [neuronValues, outputValues] = tf.tidy(() => {
    const small = tf.tensor2d(planeInputs(plane, neuronGrid), [cells, width]);
    const drawn = forward(layers, small).outputs.map((output, i) => tf.slice(output, [0, 0], [-1, widths[i]]));
    const everyNeuron = tf.transpose(tf.concat(drawn, 1));
    const fine = tf.tensor2d(planeInputs(plane, OUTPUT_GRID_SIZE), [OUTPUT_GRID_SIZE ** 2, width]);
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
    curve: isOneDimensional(trainer.spec.data) ? curveAlongU(trainer, plane) : null,
    testPredictions: trainer.classification ? null : trainer.testPredictions(),
    images: null,
    sequences: null,
  };
}

/** An image network has no plane to draw over: its pictures are the chosen example's, inside the network. */
function imageNetworkPictures(trainer: Trainer, choice: ImageChoice): NetworkPictures {
  const tests = trainer.testClasses();
  const testCount = trainer.data.test.count;
  const [height, width, channels] = trainer.data.example.shape as [number, number, number];
  const index = choice.source === 'test' ? Math.min(Math.max(0, choice.index), testCount - 1) : 0;
  const x = tf.tidy(() =>
    choice.source === 'drawn' ? tf.div(tf.tensor4d(choice.pixels, [1, height, width, channels], 'int32'), 255) : trainer.testExample(index),
  ) as tf.Tensor4D;
  const label = tests?.actual[index] ?? 0;
  const images = imagePictures(trainer.built.layers, { x, choice: choice.source === 'drawn' ? { source: 'drawn' } : { source: 'test', index, label } }, tests ?? { predicted: new Int32Array(0), actual: new Int32Array(0) });
  x.dispose();
  const size = height * width * channels;
  const testPixels = trainer.data.test.x;
  if (testPixels instanceof Uint8Array) {
    images.misclassifiedPixels = new Uint8Array(images.misclassified.length * size);
    images.misclassified.forEach((item, i) => images.misclassifiedPixels.set(testPixels.subarray(item.index * size, (item.index + 1) * size), i * size));
  }
  return {
    neuronGridSize: 1,
    layerActivations: [],
    outputGridSize: 0,
    output: new Float32Array(0),
    outputUnits: images.probabilities.length,
    weights: trainer.weights(),
    confusion: trainer.confusionMatrix(tests),
    health: trainer.health(),
    curve: null,
    testPredictions: null,
    images,
    sequences: null,
  };
}

/** The network's output along the first axis (second at 0), for one-dimensional data drawn as a curve. */
function curveAlongU(trainer: Trainer, plane: InputPlane): Float32Array {
  const width = featureWidth(trainer.data.example);
  const [lo, hi] = plane.ranges[0];
  const u = Float32Array.from({ length: CURVE_POINTS }, (_, i) => lo + ((hi - lo) * i) / (CURVE_POINTS - 1));
  const values = tf.tidy(() => {
    const inputs = tf.tensor2d(planeInputsAt(plane, u, new Float32Array(CURVE_POINTS)), [CURVE_POINTS, width]);
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
    ...(pictures.testPredictions ? [pictures.testPredictions.buffer as ArrayBuffer] : []),
    ...pictures.weights.flatMap((w) => [w.kernel.buffer as ArrayBuffer, w.bias.buffer as ArrayBuffer]),
    ...(pictures.images ? imagePicturesTransferables(pictures.images) : []),
    ...(pictures.sequences ? sequencePicturesTransferables(pictures.sequences) : []),
  ];
}
