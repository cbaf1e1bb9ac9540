import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../../data/trainingData';
import { codeData } from '../../shared/codegen/codeData';
import { kerasCode } from '../../shared/codegen/kerasCode';
import { tfjsCode } from '../../shared/codegen/tfjsCode';
import { DEFAULT_SPEC, cloneSpec } from '../../shared/defaults';
import { inferShapes } from '../../shared/layers/inferShapes';
import { defaultLayer, entryOf, LAYER_KINDS, type LayerKind } from '../../shared/layers/registry';
import type { CodeWords } from '../../shared/layers/layerKind';
import type { PlaygroundModelMetadata } from '../../shared/modelExport';
import { validateSpec } from '../../shared/specSchema';
import type { PlaygroundSpec } from '../../shared/spec';
import { decodeSpecFromQuery, encodeSpecToQuery } from '../../shared/urlState';
import { exportLayersModel } from '../exportModel';
import { trainerFromExport } from '../importModel';
import { finalOutput, forward } from '../model';
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

describe.each(LAYER_KINDS)('layer kind %s, from its registry entry', (kind) => {
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
