import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import { fromBase64, toBase64, type PlaygroundModelMetadata } from '../shared/modelExport';
import { exportLayersModel } from './exportModel';
import { finalOutput, forward } from './model';
import { useCpuBackend } from './testBackend';
import { dense } from './testNetworks';
import { Trainer } from './trainer';

beforeAll(useCpuBackend);

const metadata = (spec: typeof DEFAULT_SPEC): PlaygroundModelMetadata => ({
  version: 1,
  spec,
  inputs: spec.network.features.map((name) => ({ name, transform: name })),
  standardization: null,
  classNames: null,
  finalLosses: null,
  lossHistory: [],
  exportedAt: '2026-11-22T00:00:00Z',
});

describe('model export', () => {
  it('writes a model.json and weights that plain tf.loadLayersModel loads, with the same predictions', async () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'spiral3';
    spec.network.hidden = [dense(6, 'leakyRelu', { leakySlope: 0.2 }), { kind: 'dropout', rate: 0.2 }, { kind: 'batchNorm' }, dense(5, 'gelu'), dense(4, 'swish')];
    spec.network.outputActivation = 'softmax';
    spec.training.loss = 'categoricalCrossEntropy';
    spec.training.optimizer = 'adam';
    const trainer = new Trainer(spec, buildTrainingData(spec, null)!);
    for (let i = 0; i < 3; i++) trainer.trainEpoch();
    const { modelJson, weightData } = await exportLayersModel(trainer, metadata(spec));
    expect(modelJson.weightsManifest[0].paths).toEqual(['./model.weights.bin']);
    expect(modelJson.userDefinedMetadata?.playground?.spec).toEqual(spec);

    // Through JSON and base64, as the two downloads and the single file carry it.
    const json = JSON.parse(JSON.stringify(modelJson));
    const bytes = fromBase64(toBase64(weightData));
    const loaded = await tfl.loadLayersModel(
      tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: bytes, userDefinedMetadata: json.userDefinedMetadata }),
    );
    const x = tf.randomUniform([100, 2], -6, 6, 'float32', 3) as tf.Tensor2D;
    const mine = tf.tidy(() => finalOutput(forward(trainer.built.layers, x)).arraySync() as number[][]);
    const theirs = tf.tidy(() => (loaded.predict(x) as tf.Tensor).arraySync() as number[][]);
    theirs.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(mine[i][j], 5)));
    expect(loaded.getUserDefinedMetadata()).toMatchObject({ playground: { version: 1 } });
    tf.dispose([x]);
    loaded.dispose();
    trainer.dispose();
  });
});
