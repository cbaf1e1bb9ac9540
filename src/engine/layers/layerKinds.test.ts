import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../../data/trainingData';
import { codeData } from '../../shared/codegen/codeData';
import { kerasCode } from '../../shared/codegen/kerasCode';
import { tfjsCode } from '../../shared/codegen/tfjsCode';
import { DEFAULT_SPEC, cloneSpec } from '../../shared/defaults';
import { inferLayerShapes, inferShapes } from '../../shared/layers/inferShapes';
import { decodeLayers, defaultLayer, encodeLayers, entryOf, hiddenLayersSchema, LAYER_KINDS, type LayerKind, type LayerSpec } from '../../shared/layers/registry';
import type { CodeWords } from '../../shared/layers/layerKind';
import type { PlaygroundModelMetadata } from '../../shared/modelExport';
import { validateSpec } from '../../shared/specSchema';
import type { PlaygroundSpec } from '../../shared/spec';
import { decodeSpecFromQuery, encodeSpecToQuery } from '../../shared/urlState';
import { exportLayersModel } from '../exportModel';
import { trainerFromExport } from '../importModel';
import { autodiffGradients } from '../backprop';
import { LOSSES } from '../losses';
import { buildModel, finalOutput, forward } from '../model';
import { useCpuBackend } from '../testBackend';
import { dense } from '../testNetworks';
import { Trainer } from '../trainer';

beforeAll(useCpuBackend);

/** A small network with one layer of `kind` between two dense layers, trained with Adam (the autodiff path). */
function specWith(kind: LayerKind): PlaygroundSpec {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.data.dataset = 'spiral3';
  spec.data.numPoints = 60;
  spec.network.hidden = [dense(5, 'tanh'), defaultLayer(kind), dense(3, 'relu')];
  spec.network.outputActivation = 'softmax';
  spec.training.loss = 'categoricalCrossEntropy';
  spec.training.optimizer = 'adam';
  spec.training.batchSize = 10;
  return spec;
}

const IDENTITY_WORDS: CodeWords = { activation: String, initializer: String, number: String };

/** Kinds that take points ([F]); the others need images and are checked on synthetic ones below. */
const POINT_KINDS = LAYER_KINDS.filter((kind) => {
  const layer = defaultLayer(kind);
  return entryOf(layer).outputShape(layer, [5]).ok;
});
const SEQUENCE_KINDS: LayerKind[] = ['simpleRnn', 'lstm', 'gru'];
const IMAGE_KINDS = LAYER_KINDS.filter((kind) => !POINT_KINDS.includes(kind) && !SEQUENCE_KINDS.includes(kind));

describe.each(POINT_KINDS)('layer kind %s, from its registry entry', (kind) => {
  it('is a valid spec, builds with the shapes and parameters inferShapes says, and trains', () => {
    const spec = specWith(kind);
    expect(validateSpec(spec).ok).toBe(true);
    const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
    try {
      const shapes = inferShapes(spec);
      const built = trainer.built.layers.map((layer) => layer.tfLayers.at(-1)!.outputShape as number[]);
      expect(built.map((shape) => shape.slice(1))).toEqual(shapes.layers.map((l) => l.output));
      expect(trainer.built.model.countParams()).toBe(shapes.totalParams);
      trainer.trainEpoch();
      trainer.trainEpoch();
      const loss = trainer.evaluate();
      expect(Number.isFinite(loss.train)).toBe(true);
    } finally {
      trainer.dispose();
    }
  });

  it('exports to the tfjs Layers format and imports back to the same predictions', async () => {
    const spec = specWith(kind);
    const data = buildTrainingData(spec, null)!;
    const trainer = new Trainer(spec, data);
    trainer.trainEpoch();
    const metadata: PlaygroundModelMetadata = { version: 1, spec, inputs: [], standardization: null, classNames: null, finalLosses: null, lossHistory: [], exportedAt: '2026-12-02T00:00:00Z' };
    const { modelJson, weightData } = await exportLayersModel(trainer, metadata);
    const imported = await trainerFromExport({ modelJson, weightData, metadata } as unknown as Parameters<typeof trainerFromExport>[0], data);
    const x = tf.randomUniform([20, 2], -6, 6, 'float32', 7);
    const [mine, theirs] = [trainer, imported].map((t) => tf.tidy(() => Array.from(finalOutput(forward(t.built.layers, x)).dataSync())));
    theirs.forEach((v, i) => expect(v).toBeCloseTo(mine[i], 5));
    tf.dispose(x);
    trainer.dispose();
    imported.dispose();
  });

  it('goes into a link and comes back the same', () => {
    const spec = specWith(kind);
    const decoded = decodeSpecFromQuery(encodeSpecToQuery(spec));
    expect(decoded.notices).toEqual([]);
    expect(decoded.spec.network.hidden).toEqual(spec.network.hidden);
  });

  it('is written into the generated Keras and tfjs programs by its entry', () => {
    const spec = specWith(kind);
    const layer = spec.network.hidden[1];
    const data = codeData(spec, buildTrainingData(spec, null)!);
    // The call each program makes for the layer (first line of its code, before any option words).
    const call = (line: string) => line.trim().split('(')[0];
    expect(kerasCode(spec, data)).toContain(call(entryOf(layer).keras(layer, IDENTITY_WORDS)[0]));
    expect(tfjsCode(spec, data)).toContain(call(entryOf(layer).tfjs(layer, IDENTITY_WORDS, '')[0]));
  });
});

/**
 * Image kinds between a convolution and a dense softmax, over 8×8×1 images; recurrent kinds as a
 * sequence-returning layer of their kind and then one that does not, over sequences of 6 steps × 2.
 */
function shapedStack(kind: LayerKind): { input: number[]; stack: LayerSpec[] } {
  const classifier = { ...defaultLayer('dense'), units: 4, activation: 'softmax' as const };
  if (SEQUENCE_KINDS.includes(kind)) {
    const recurrent = { ...defaultLayer(kind), units: 5 } as LayerSpec;
    return { input: [6, 2], stack: [{ ...recurrent, returnSequences: true } as LayerSpec, recurrent, classifier] };
  }
  const conv = { ...defaultLayer('conv2d'), filters: 3 };
  const stack = [conv, defaultLayer(kind), ...(kind === 'flatten' || kind === 'globalAveragePooling2d' ? [] : [defaultLayer('flatten')])];
  return { input: [8, 8, 1], stack: [...stack, classifier] };
}

describe.each([...IMAGE_KINDS, ...SEQUENCE_KINDS])('image or sequence layer kind %s, from its registry entry', (kind) => {
  it('builds with the shapes and parameters inferShapes says, learns, and round-trips through the tfjs Layers format', async () => {
    const { input, stack } = shapedStack(kind);
    const shapes = inferLayerShapes(input, stack);
    expect(shapes.layers.every((l) => l.problem === null)).toBe(true);
    const built = buildModel(shapes, 3);
    expect(built.layers.map((layer) => (layer.tfLayers.at(-1)!.outputShape as number[]).slice(1))).toEqual(shapes.layers.map((l) => l.output));
    expect(built.model.countParams()).toBe(shapes.totalParams);
    const x = tf.randomUniform([16, ...input], 0, 1, 'float32', 4);
    const y = tf.oneHot(tf.tensor1d([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3], 'int32'), 4);
    const optimizer: tf.Optimizer = tf.train.adam(0.05);
    const lossOf = () => tf.tidy(() => LOSSES.categoricalCrossEntropy.value(finalOutput(forward(built.layers, x)), y).dataSync()[0]);
    const before = lossOf();
    for (let step = 0; step < 10; step++) tf.tidy(() => optimizer.applyGradients(autodiffGradients(built.layers, built.variables, x, y, LOSSES.categoricalCrossEntropy, step)));
    expect(lossOf()).toBeLessThan(before);
    let saved: tf.io.ModelArtifacts | null = null;
    await built.model.save(tf.io.withSaveHandler(async (artifacts) => ((saved = artifacts), { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } })));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
    const [mine, theirs] = tf.tidy(() => [finalOutput(forward(built.layers, x)).dataSync(), (loaded.predict(x) as tf.Tensor).dataSync()]);
    Array.from(theirs).forEach((v, i) => expect(v).toBeCloseTo(mine[i], 5));
    tf.dispose([x, y]);
    optimizer.dispose();
    loaded.dispose();
    built.model.dispose();
  });

  it('goes into a link and comes back the same', () => {
    const layers = shapedStack(kind).stack.slice(0, -1);
    expect(hiddenLayersSchema.parse(decodeLayers(encodeLayers(layers)))).toEqual(layers);
  });

  it('writes the Keras and tfjs calls of its layer class', () => {
    const layer = defaultLayer(kind);
    expect(entryOf(layer).keras(layer, IDENTITY_WORDS).join('\n')).toMatch(/keras\.layers\.(Conv2D|MaxPooling2D|AveragePooling2D|Flatten|GlobalAveragePooling2D|SimpleRNN|LSTM|GRU)\(/);
    expect(entryOf(layer).tfjs(layer, IDENTITY_WORDS, 'inputShape: [8, 8, 1]').join('\n')).toMatch(/tf\.layers\.(conv2d|maxPooling2d|averagePooling2d|flatten|globalAveragePooling2d|simpleRNN|lstm|gru)\(\{ inputShape: \[8, 8, 1\]/);
  });
});

describe('shape problems are explained before anything is built', () => {
  it('a dense layer on images without Flatten, a kernel larger than the image, a pool that leaves nothing', () => {
    const dense = inferLayerShapes([8, 8, 1], [defaultLayer('dense')]);
    expect(dense.layers[0].problem).toMatch(/put a Flatten layer before it/);
    const kernel = inferLayerShapes([4, 4, 1], [{ ...defaultLayer('conv2d'), kernelSize: 5, padding: 'valid' as const }]);
    expect(kernel.layers[0].problem).toBe('a 5×5 convolution of 5×5 is larger than the 4×4 input');
    const pool = inferLayerShapes([1, 1, 3], [defaultLayer('maxPool2d')]);
    expect(pool.layers[0].problem).toMatch(/2×2 pool of 2×2 is larger than the 1×1 input/);
    expect(() => buildModel(dense, 1)).toThrow(/cannot take its input/);
  });
});

describe('recurrent layers', () => {
  it('start with orthogonal recurrent kernels from the seed, and an LSTM with its forget gate open', () => {
    const built = buildModel(inferLayerShapes([6, 2], [{ ...defaultLayer('lstm'), units: 5 }, { ...defaultLayer('dense'), units: 1, activation: 'linear' as const }]), 8);
    const lstm = built.layers[0];
    if (lstm.kind !== 'lstm') throw new Error('expected an LSTM');
    const product = tf.tidy(() => Array.from(tf.matMul(lstm.recurrentKernel, lstm.recurrentKernel, false, true).dataSync()));
    product.forEach((v, i) => expect(v).toBeCloseTo(Math.floor(i / 5) === i % 5 ? 1 : 0, 5));
    expect(Array.from(lstm.bias.dataSync())).toEqual([...Array(5).fill(0), ...Array(5).fill(1), ...Array(10).fill(0)]);
    built.model.dispose();
  });

  it('a recurrent layer after one that returns no sequence is explained', () => {
    const shapes = inferLayerShapes([6, 2], [defaultLayer('lstm'), defaultLayer('gru')]);
    expect(shapes.layers[1].problem).toBe('a recurrent layer reads a sequence [steps, features], not [16]: the layer before it must return sequences');
    expect(inferLayerShapes([0, 2], [defaultLayer('simpleRnn')]).layers[0].problem).toBe('a sequence needs at least one time step');
  });
});

describe('recurrent input dropout', () => {
  const rnn = { ...defaultLayer('simpleRnn'), units: 1, activation: 'linear' as const, returnSequences: true, dropout: 0.5 };

  it('drops the same input features at every step of a sequence, seeded, and only while training', () => {
    const built = buildModel(inferLayerShapes([6, 1], [rnn, { ...defaultLayer('dense'), units: 1, activation: 'linear' as const }]), 3);
    const layer = built.layers[0];
    if (layer.kind !== 'simpleRnn') throw new Error('expected a SimpleRNN');
    // h_t = x_t (kernel 1, no recurrence): the output shows the mask itself, step by step.
    layer.kernel.assign(tf.ones([1, 1]));
    layer.recurrentKernel.assign(tf.zeros([1, 1]));
    const x = tf.ones([40, 6, 1]);
    const steps = (options: { training?: boolean; dropoutSeed?: number }) => tf.tidy(() => forward(built.layers, x, options).outputs[0].arraySync() as number[][][]);
    const masked = steps({ training: true, dropoutSeed: 7 });
    for (const sequence of masked) expect(new Set(sequence.map(([h]) => h)).size).toBe(1);
    const kept = masked.filter((sequence) => sequence[0][0] > 0).length;
    expect(kept).toBeGreaterThan(5);
    expect(kept).toBeLessThan(35);
    expect(masked.find((sequence) => sequence[0][0] > 0)![0][0]).toBeCloseTo(2, 5);
    expect(steps({ training: true, dropoutSeed: 7 })).toEqual(masked);
    expect(steps({ training: false }).flat(2).every((h) => Math.abs(h - 1) < 1e-6)).toBe(true);
    x.dispose();
    built.model.dispose();
  });

  it('goes into links as drop=…, reads as 0 from specs saved before it, and into Keras and tfjs code', () => {
    const layers = [{ ...defaultLayer('lstm'), dropout: 0.25 }];
    expect(encodeLayers(layers)).toBe('lstm:16:tanh:drop=0.25');
    expect(decodeLayers(encodeLayers(layers))).toEqual(layers);
    const saved = hiddenLayersSchema.parse([{ kind: 'gru', units: 4, activation: 'tanh', returnSequences: false, initializer: 'glorot' }]);
    expect(saved[0]).toMatchObject({ kind: 'gru', dropout: 0 });
    expect(entryOf(layers[0]).keras(layers[0], IDENTITY_WORDS).join('')).toContain('dropout=0.25');
    expect(entryOf(layers[0]).tfjs(layers[0], IDENTITY_WORDS, '').join('')).toContain('dropout: 0.25');
  });
});
