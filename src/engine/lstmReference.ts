import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { createRandom } from '../shared/random';
import type { BackendName } from '../shared/spec';
import { activateBackend, activeBackend } from './backends';

/** The default sequence problem's shape: windows of 12 values, LSTM 16, one output, SGD batch 10. */
const STEPS = 12;
const UNITS = 16;
const SAMPLES = 500;
const BATCH = 10;

/**
 * Stock tfjs training the playground's default LSTM (the same layers, loss, optimizer and batch)
 * with `model.fit`, for `seconds`, on one backend: the yardstick the bench holds the page's own
 * training to. Samples per second, counted by fit's batch callback.
 */
export async function stockLstmSamplesPerSecond(backend: BackendName, seconds: number): Promise<number> {
  const previous = activeBackend();
  if (!(await activateBackend(backend))) throw new Error(`${backend} could not start`);
  const random = createRandom(12);
  const model = tfl.sequential({
    layers: [
      tfl.layers.lstm({ units: UNITS, inputShape: [STEPS, 1], recurrentActivation: 'sigmoid', recurrentInitializer: 'glorotUniform' }),
      tfl.layers.dense({ units: 1 }),
    ],
  });
  const optimizer = tf.train.sgd(0.03);
  model.compile({ optimizer, loss: 'meanSquaredError' });
  const x = tf.tensor3d(Float32Array.from({ length: SAMPLES * STEPS }, () => random.uniform(-1, 1)), [SAMPLES, STEPS, 1]);
  const y = tf.tensor2d(Float32Array.from({ length: SAMPLES }, () => random.uniform(-1, 1)), [SAMPLES, 1]);
  let batches = 0;
  let start = 0;
  try {
    // One warm-up epoch compiles the kernels; then the clock runs until `seconds` have passed.
    await model.fit(x, y, { batchSize: BATCH, epochs: 1, shuffle: true, verbose: 0 });
    start = performance.now();
    await model.fit(x, y, {
      batchSize: BATCH,
      epochs: 1000,
      shuffle: true,
      verbose: 0,
      callbacks: {
        onBatchEnd: async () => {
          batches++;
          if (performance.now() - start >= seconds * 1000) model.stopTraining = true;
        },
      },
    });
    return (batches * BATCH * 1000) / (performance.now() - start);
  } finally {
    tf.dispose([x, y]);
    model.dispose();
    optimizer.dispose();
    await activateBackend(previous);
  }
}
