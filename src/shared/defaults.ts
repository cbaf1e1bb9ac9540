import { defaultLayer } from './layers/registry';
import type { DenseLayerSpec, PlaygroundSpec } from './spec';

const tanhLayer = (units: number): DenseLayerSpec => ({ ...defaultLayer('dense'), units, activation: 'tanh' });

/** Time steps per sequence example until the learner picks another window length. */
export const DEFAULT_WINDOW = 12;

/** TensorFlow Playground's default problem: mini-batch SGD, batch 10, learning rate 0.03. */
export const DEFAULT_SPEC: PlaygroundSpec = {
  data: { dataset: 'circle', noise: 0, trainPercent: 50, numPoints: 500, dataSeed: 1, table: null, window: DEFAULT_WINDOW },
  network: {
    features: ['x1', 'x2'],
    hidden: [tanhLayer(4), tanhLayer(2)],
    outputActivation: 'tanh',
    outputInitializer: 'glorot',
  },
  training: {
    loss: 'meanSquaredError',
    optimizer: 'miniBatchSgd',
    learningRate: 0.03,
    batchSize: 10,
    epochs: null,
    seed: 1,
    backend: 'auto',
    momentum: 0.9,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
    rho: 0.9,
    gradientClip: 0,
  },
};

export function cloneSpec(spec: PlaygroundSpec): PlaygroundSpec {
  return structuredClone(spec);
}
