import * as tf from '@tensorflow/tfjs-core';
import { MAX_DRAWN_MAPS, MAX_MISCLASSIFIED, type FeatureMaps, type ImagePictures, type KernelPictures } from '../shared/imagePictures';
import type { EngineLayer } from './layers/engineLayer';
import { finalOutput, forward } from './model';

/** Layers whose outputs are images worth drawing: convolutions and pools. */
const MAPPED_KINDS = new Set<EngineLayer['kind']>(['conv2d', 'maxPool2d', 'averagePool2d']);

export interface ImageExample {
  /** [1, H, W, C], values 0..1 as the network reads them. */
  x: tf.Tensor4D;
  choice: ImagePictures['choice'];
}

export interface TestPredictions {
  predicted: Int32Array;
  actual: Int32Array;
}

/** Side of the blanked patch and its stride: about a quarter of the digit's stroke box. */
function occlusionPatch(side: number): { patch: number; stride: number } {
  const patch = Math.max(2, Math.round(side / 7));
  return { patch, stride: Math.max(1, Math.floor(patch / 2)) };
}

/**
 * Every picture of an image network for one example, in one tidy scope and one read-back per
 * picture: kernels, feature maps, class probabilities, the occlusion map; plus the misclassified
 * test images from predictions the caller already made (the confusion matrix's).
 */
export function imagePictures(layers: EngineLayer[], example: ImageExample, tests: TestPredictions): ImagePictures {
  const [, height, width, channels] = example.x.shape;
  const { patch, stride } = occlusionPatch(height);
  const rows = Math.floor((height - patch) / stride) + 1;
  const columns = Math.floor((width - patch) / stride) + 1;
  const read = (t: tf.Tensor) => (t.dataSync() as Float32Array).slice();
  const result = tf.tidy(() => {
    const pass = forward(layers, example.x);
    const probabilities = tf.reshape(finalOutput(pass), [-1]);
    const predicted = tf.argMax(probabilities);
    const mapped = layers.flatMap((layer, i) => (MAPPED_KINDS.has(layer.kind) ? [{ i, output: pass.outputs[i] as tf.Tensor4D }] : []));
    const featureMaps = mapped.map(({ i, output }) => {
      const [, h, w, c] = output.shape;
      const drawn = Math.min(c, MAX_DRAWN_MAPS);
      const values = tf.transpose(tf.slice(output, [0, 0, 0, 0], [1, h, w, drawn]), [0, 3, 1, 2]);
      return { layer: i, height: h, width: w, drawn, channels: c, values };
    });
    // All blanked copies in one batch: ones everywhere but the patch.
    const masks = new Float32Array(rows * columns * height * width);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const base = (r * columns + c) * height * width;
        masks.fill(1, base, base + height * width);
        for (let y = r * stride; y < r * stride + patch; y++) masks.fill(0, base + y * width + c * stride, base + y * width + c * stride + patch);
      }
    }
    const blanked = tf.mul(example.x, tf.tensor4d(masks, [rows * columns, height, width, 1]));
    const blankedProbabilities = finalOutput(forward(layers, blanked)) as tf.Tensor2D;
    const hot = tf.oneHot(tf.reshape(predicted, [1]), probabilities.shape[0]);
    const drop = tf.sub(tf.sum(tf.mul(probabilities, hot)), tf.sum(tf.mul(blankedProbabilities, hot), 1));
    return { probabilities, predicted, featureMaps, drop, input: tf.reshape(example.x, [-1]) };
  });
  const pictures: ImagePictures = {
    choice: example.choice,
    input: read(result.input),
    height,
    width,
    probabilities: read(result.probabilities),
    predicted: result.predicted.dataSync()[0],
    kernels: firstKernels(layers, channels),
    featureMaps: result.featureMaps.map((maps): FeatureMaps => ({ ...maps, values: read(maps.values) })),
    occlusion: { height: rows, width: columns, values: read(result.drop) },
    misclassified: misclassified(tests),
    misclassifiedPixels: new Uint8Array(0),
  };
  tf.dispose([result.probabilities, result.predicted, result.drop, result.input, ...result.featureMaps.map((m) => m.values)]);
  return pictures;
}

/** The first convolution's kernels, filter-major ([f][c][y][x]), for drawing each as a small image. */
function firstKernels(layers: EngineLayer[], inputChannels: number): KernelPictures | null {
  const index = layers.findIndex((layer) => layer.kind === 'conv2d');
  const layer = layers[index];
  if (!layer || layer.kind !== 'conv2d') return null;
  const [size, , channels, filters] = layer.kernel.shape;
  const values = tf.tidy(() => tf.transpose(layer.kernel, [3, 2, 0, 1]));
  const pictures = { layer: index, size, channels: Math.min(channels, inputChannels), filters, values: (values.dataSync() as Float32Array).slice() };
  values.dispose();
  return pictures;
}

function misclassified({ predicted, actual }: TestPredictions): ImagePictures['misclassified'] {
  const wrong: ImagePictures['misclassified'] = [];
  for (let i = 0; i < actual.length && wrong.length < MAX_MISCLASSIFIED; i++) {
    if (predicted[i] !== actual[i]) wrong.push({ index: i, predicted: predicted[i], actual: actual[i] });
  }
  return wrong;
}
