import * as tf from '@tensorflow/tfjs-core';
import { createRandom } from '../shared/random';
import type { BackendName } from '../shared/spec';
import { activateBackend, activeBackend, ALL_BACKENDS } from './backends';
import { fastest, measureBackends } from './backendTrial';
import { matMulTransposeA, matMulTransposeB } from './transposedMatMul';

/** The benchmark's "wide problem": 784 → 128 relu → 10 softmax, 2,048 samples, batch 64, Adam. */
const INPUTS = 784;
const HIDDEN = 128;
const CLASSES = 10;
const SAMPLES = 2048;
const BATCH = 64;

interface WideModel {
  step(batchIndex: number): void;
  /** Reads a weight back, which waits for all queued work on a GPU backend. */
  readLoss(): void;
  dispose(): void;
}

function buildWideModel(): WideModel {
  const random = createRandom(784);
  const glorot = (rows: number, columns: number) => {
    const limit = Math.sqrt(6 / (rows + columns));
    return tf.tensor2d(Float32Array.from({ length: rows * columns }, () => random.uniform(-limit, limit)), [rows, columns]);
  };
  const x = tf.tensor2d(Float32Array.from({ length: SAMPLES * INPUTS }, () => random.next()), [SAMPLES, INPUTS]);
  const labels = Int32Array.from({ length: SAMPLES }, () => random.int(CLASSES));
  const y = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), CLASSES), 'float32'));
  const w1 = tf.variable(glorot(INPUTS, HIDDEN));
  const b1 = tf.variable(tf.zeros([HIDDEN]));
  const w2 = tf.variable(glorot(HIDDEN, CLASSES)) as tf.Variable<tf.Rank.R2>;
  const b2 = tf.variable(tf.zeros([CLASSES]));
  const optimizer: tf.Optimizer = tf.train.adam(0.001);
  const batches = SAMPLES / BATCH;
  return {
    step(batchIndex) {
      const start = (batchIndex % batches) * BATCH;
      tf.tidy(() => {
        const xb = tf.slice(x, [start, 0], [BATCH, INPUTS]) as tf.Tensor2D;
        const yb = tf.slice(y, [start, 0], [BATCH, CLASSES]);
        // Hand-written backward pass, as the playground trains dense stacks: softmax with
        // cross-entropy differentiates to (p - y) / batch at the logits.
        const hidden = tf.fused.matMul({ a: xb, b: w1, bias: b1, activation: 'relu' }) as tf.Tensor2D;
        const logits = tf.fused.matMul({ a: hidden, b: w2, bias: b2 });
        const dLogits = tf.div(tf.sub(tf.softmax(logits), yb), BATCH) as tf.Tensor2D;
        const dHidden = tf.mul(matMulTransposeB(dLogits, w2), tf.step(hidden)) as tf.Tensor2D;
        const gradients: tf.NamedTensorMap = {
          [w1.name]: matMulTransposeA(xb, dHidden),
          [b1.name]: tf.sum(dHidden, 0),
          [w2.name]: matMulTransposeA(hidden, dLogits),
          [b2.name]: tf.sum(dLogits, 0),
        };
        optimizer.applyGradients(gradients);
      });
    },
    readLoss() {
      tf.tidy(() => tf.sum(b2)).dataSync();
    },
    dispose() {
      tf.dispose([x, y, w1, b1, w2, b2]);
      optimizer.dispose();
    },
  };
}

/** Samples per second on the active backend, over about `seconds`, after a warm-up. */
function samplesPerSecond(seconds: number): number {
  const model = buildWideModel();
  try {
    for (let i = 0; i < 2; i++) model.step(i);
    model.readLoss();
    let steps = 0;
    const start = performance.now();
    const sync = () => model.readLoss();
    while (performance.now() - start < seconds * 1000) {
      model.step(steps++);
      if (steps % 8 === 0) sync();
    }
    // Queued GPU work must finish inside the measured time, or short runs look faster than they are.
    sync();
    return (steps * BATCH * 1000) / (performance.now() - start);
  } finally {
    model.dispose();
  }
}

export interface WideBenchmarkResult {
  backend: BackendName;
  samplesPerSecond: number;
  chosenBy?: string;
}

/** Measures one backend, or "auto": a short trial picks the backend, which is then measured. */
export async function runWideBenchmark(choice: BackendName | 'auto', seconds: number): Promise<WideBenchmarkResult> {
  const previous = activeBackend();
  try {
    let backend: BackendName;
    let chosenBy: string | undefined;
    if (choice === 'auto') {
      const trials = await measureBackends(ALL_BACKENDS, () => 1000 / samplesPerSecond(0.3));
      backend = fastest(trials) ?? 'cpu';
      chosenBy = trials.map((t) => `${t.backend}=${t.msPerEpoch?.toFixed(3) ?? 'n/a'}`).join(' ');
    } else {
      backend = choice;
    }
    if (!(await activateBackend(backend))) throw new Error(`${backend} could not start`);
    return { backend, samplesPerSecond: samplesPerSecond(seconds), chosenBy };
  } finally {
    await activateBackend(previous);
  }
}
