import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inferLayerShapes } from '../shared/layers/inferShapes';
import { defaultLayer } from '../shared/layers/registry';
import { imagePictures } from './imageProbes';
import { buildModel, forward } from './model';
import { useCpuBackend } from './testBackend';

beforeAll(useCpuBackend);

const stack = () => [
  { ...defaultLayer('conv2d'), filters: 3 },
  defaultLayer('maxPool2d'),
  defaultLayer('flatten'),
  { ...defaultLayer('dense'), units: 4, activation: 'softmax' as const },
];

describe('image pictures', () => {
  it('draws kernels, feature maps channel by channel, probabilities and the occlusion grid, leaving no tensor', () => {
    const built = buildModel(inferLayerShapes([8, 8, 1], stack()), 2);
    const x = tf.randomUniform([1, 8, 8, 1], 0, 1, 'float32', 9) as tf.Tensor4D;
    const before = tf.memory().numTensors;
    const pictures = imagePictures(built.layers, { x, choice: { source: 'test', index: 3, label: 1 } }, { predicted: Int32Array.from([0, 1, 2]), actual: Int32Array.from([0, 2, 2]) });
    expect(tf.memory().numTensors).toBe(before);
    expect(pictures.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(pictures.predicted).toBe(pictures.probabilities.indexOf(Math.max(...pictures.probabilities)));
    expect(pictures.kernels).toMatchObject({ layer: 0, size: 3, channels: 1, filters: 3 });
    expect(pictures.featureMaps.map((m) => [m.layer, m.height, m.width, m.drawn])).toEqual([
      [0, 8, 8, 3],
      [1, 4, 4, 3],
    ]);
    // Channel-major: map 2 of the convolution is its output's last channel, pixel by pixel.
    const conv = tf.tidy(() => Array.from(tf.slice(forward(built.layers, x).outputs[0], [0, 0, 0, 2], [1, 8, 8, 1]).dataSync()));
    Array.from(pictures.featureMaps[0].values.subarray(2 * 64, 3 * 64)).forEach((v, i) => expect(v).toBeCloseTo(conv[i], 5));
    // 8×8 input: 2×2 patches every pixel, 7×7 places.
    expect([pictures.occlusion.height, pictures.occlusion.width, pictures.occlusion.values.length]).toEqual([7, 7, 49]);
    expect(pictures.misclassified).toEqual([{ index: 1, predicted: 1, actual: 2 }]);
    x.dispose();
    built.model.dispose();
  });

  it('blanking a blank image changes nothing: the occlusion map is zero', () => {
    const built = buildModel(inferLayerShapes([8, 8, 1], stack()), 2);
    const x = tf.zeros([1, 8, 8, 1]) as tf.Tensor4D;
    const pictures = imagePictures(built.layers, { x, choice: { source: 'drawn' } }, { predicted: new Int32Array(0), actual: new Int32Array(0) });
    pictures.occlusion.values.forEach((v) => expect(v).toBeCloseTo(0, 6));
    x.dispose();
    built.model.dispose();
  });
});
