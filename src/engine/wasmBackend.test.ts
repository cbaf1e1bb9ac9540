import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import type { OptimizerName } from '../shared/spec';
import { Trainer } from './trainer';

// The wasm backend has kernels of its own (and its own limits); the trainer must work on it too.
// In Node it loads its .wasm files from node_modules instead of the bundler's URLs.
beforeAll(async () => {
  setWasmPaths(fileURLToPath(new URL('../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  expect(await tf.setBackend('wasm')).toBe(true);
});
afterAll(async () => {
  await import('@tensorflow/tfjs-backend-cpu');
  await tf.setBackend('cpu');
});

describe('training on the wasm backend', () => {
  for (const optimizer of ['sgd', 'adam'] as OptimizerName[]) {
    it(`lowers the loss of the default problem with ${optimizer}`, () => {
      const spec = cloneSpec(DEFAULT_SPEC);
      spec.training.optimizer = optimizer;
      const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
      const before = trainer.evaluate();
      for (let i = 0; i < 30; i++) trainer.trainEpoch();
      const after = trainer.evaluate();
      trainer.dispose();
      expect(tf.getBackend()).toBe('wasm');
      expect(after.train).toBeLessThan(before.train * 0.7);
    });
  }
});
