import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWasmConvFilterGradient } from './wasmConvGradient';

beforeAll(async () => {
  setWasmPaths(fileURLToPath(new URL('../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  registerWasmConvFilterGradient();
});
afterAll(async () => {
  await tf.setBackend('cpu');
});

/** The gradient of sum(conv2d(x, w)²)·½ for x and w, on one backend: the path a conv layer's training takes. */
async function convGradients(backend: string, padding: 'same' | 'valid', stride: number, kernel = 3) {
  expect(await tf.setBackend(backend)).toBe(true);
  return tf.tidy(() => {
    const x = tf.randomUniform([3, 7, 6, 2], -1, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomUniform([kernel, kernel, 2, 4], -1, 1, 'float32', 2) as tf.Tensor4D;
    const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.mul(0.5, tf.sum(tf.square(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, stride, padding)))))([x, w]);
    return { dx: Array.from(dx.dataSync()), dw: Array.from(dw.dataSync()), shape: dw.shape };
  });
}

describe('conv filter gradient on wasm', () => {
  const cases = [['same', 1, 3], ['valid', 1, 3], ['same', 2, 3], ['valid', 2, 3], ['same', 3, 5], ['valid', 2, 5], ['same', 1, 1]] as const;
  for (const [padding, stride, kernel] of cases) {
    it(`equals the cpu backend's Conv2DBackpropFilter (${padding}, stride ${stride}, kernel ${kernel})`, async () => {
      const cpu = await convGradients('cpu', padding, stride, kernel);
      const wasm = await convGradients('wasm', padding, stride, kernel);
      expect(wasm.shape).toEqual(cpu.shape);
      wasm.dw.forEach((v, i) => expect(v, 'filter gradient').toBeCloseTo(cpu.dw[i], 4));
      wasm.dx.forEach((v, i) => expect(v, 'input gradient').toBeCloseTo(cpu.dx[i], 4));
    });
  }

  it('leaves no tensor behind', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    await convGradients('wasm', 'same', 1);
    expect(tf.memory().numTensors).toBe(before);
  });
});
