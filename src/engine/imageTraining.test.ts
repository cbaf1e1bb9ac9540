import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImageSet } from '../data/images/imageSet';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_IMAGE_STACKS } from '../shared/defaultStacks';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import { validateSpec } from '../shared/specSchema';
import type { PlaygroundSpec } from '../shared/spec';
import { computePictures } from './probes';
import { useCpuBackend } from './testBackend';
import { Trainer } from './trainer';

beforeAll(useCpuBackend);

const digits = () => {
  const file = readFileSync(new URL('../../public/datasets/digits8.bin', import.meta.url));
  return decodeImageSet(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength), 'digits8');
};

function digitsSpec(): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data.dataset = 'digits8';
  spec.network.hidden = structuredClone(DEFAULT_IMAGE_STACKS.digits8);
  spec.network.outputActivation = 'softmax';
  spec.training.loss = 'categoricalCrossEntropy';
  spec.training.optimizer = 'adam';
  spec.training.learningRate = 0.01;
  spec.training.batchSize = 32;
  return spec;
}

describe('a CNN on the shipped 8×8 digits', () => {
  it('is a valid spec whose rows come from the image file: bytes, [8, 8, 1], the stated split', () => {
    const spec = digitsSpec();
    expect(validateSpec(spec).ok).toBe(true);
    const data = buildTrainingData(spec, null, digits())!;
    expect(data.example).toEqual({ kind: 'image', shape: [8, 8, 1] });
    expect(data.train.x).toBeInstanceOf(Uint8Array);
    expect([data.train.count, data.test.count]).toEqual([1438, 359]);
    expect(data.preview.kind).toBe('images');
    expect(buildTrainingData(spec, null, null)).toBeNull();
  });

  it('learns the digits (test accuracy above 0.85 after three epochs) and draws its pictures, tensors flat', () => {
    const spec = digitsSpec();
    const trainer = new Trainer(spec, buildTrainingData(spec, null, digits())!);
    const before = trainer.evaluate();
    for (let epoch = 0; epoch < 3; epoch++) trainer.trainEpoch();
    const after = trainer.evaluate();
    expect(before.testAccuracy!).toBeLessThan(0.3);
    expect(after.testAccuracy!).toBeGreaterThan(0.85);
    const tensors = tf.memory().numTensors;
    const pictures = computePictures(trainer, { source: 'test', index: 5 });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(pictures.images!.probabilities).toHaveLength(10);
    expect(pictures.images!.choice).toMatchObject({ source: 'test', index: 5, label: trainer.testClasses()!.actual[5] });
    expect(pictures.images!.featureMaps.map((maps) => [maps.height, maps.drawn])).toEqual([
      [8, 8],
      [4, 8],
    ]);
    expect(pictures.confusion!.counts.reduce((a, b) => a + b, 0)).toBe(359);
    const drawn = computePictures(trainer, { source: 'drawn', pixels: new Uint8Array(64).fill(255) });
    expect(drawn.images!.choice).toEqual({ source: 'drawn' });
    trainer.dispose();
  });
});
