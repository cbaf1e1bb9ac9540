import type { PlaygroundSpec } from './spec';

/** TensorFlow Playground's default problem. */
export const DEFAULT_SPEC: PlaygroundSpec = {
  data: { dataset: 'circle', noise: 0, trainPercent: 50, numPoints: 500, dataSeed: 1 },
  network: {
    features: ['x1', 'x2'],
    hidden: [
      { kind: 'dense', units: 4, activation: 'tanh' },
      { kind: 'dense', units: 2, activation: 'tanh' },
    ],
    outputActivation: 'tanh',
  },
  training: {
    loss: 'meanSquaredError',
    optimizer: 'sgd',
    learningRate: 0.03,
    batchSize: 10,
    epochs: null,
    seed: 1,
    backend: 'auto',
  },
};

export function cloneSpec(spec: PlaygroundSpec): PlaygroundSpec {
  return structuredClone(spec);
}
