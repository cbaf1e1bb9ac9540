import * as tf from '@tensorflow/tfjs-core';
import type { TrainingData } from '../data/trainingData';
import { exampleSize, type ExampleValues, type LabelledSet } from '../shared/dataContract';
import type { BackendTrial } from '../shared/engineTypes';
import { inferShapes } from '../shared/layers/inferShapes';
import { effectiveBatchSize, type PlaygroundSpec } from '../shared/spec';
import { activateBackend, backendFailure } from './backends';
import { measureBackends, timePlaygroundEpoch } from './backendTrial';
import { Trainer } from './trainer';

/** The first `count` points of each set: kernel counts do not depend on how many points there are. */
function firstPoints(data: TrainingData, count: number): TrainingData {
  const size = exampleSize(data.example);
  const slice = (set: LabelledSet<ExampleValues>): LabelledSet<ExampleValues> => {
    const n = Math.min(count, set.count);
    const perExample = set.targets.values.length / Math.max(1, set.count);
    return { x: set.x.subarray(0, n * size), targets: { ...set.targets, values: set.targets.values.subarray(0, n * perExample) }, count: n };
  };
  return { ...data, train: slice(data.train), test: slice(data.test) };
}

/**
 * Kernels one epoch runs (all batches plus the evaluation), counted once on the cpu backend over a
 * few points: a batch runs the same kernels whatever its size, and a big network would otherwise
 * keep the cpu busy for seconds.
 */
async function kernelsPerEpoch(spec: PlaygroundSpec, data: TrainingData): Promise<number> {
  const batchSize = effectiveBatchSize(spec.training, data.train.count);
  const iterations = Math.max(1, Math.ceil(data.train.count / batchSize));
  const trainer = new Trainer(spec, firstPoints(data, 2));
  try {
    trainer.trainBatch();
    const batch = await tf.profile(() => void trainer.trainBatch());
    const evaluation = await tf.profile(() => void trainer.evaluate());
    return batch.kernels.length * iterations + evaluation.kernels.length;
  } finally {
    trainer.dispose();
  }
}

/** Above this many weights plain JavaScript cannot win, and timing it in full costs seconds. */
const BIG_NETWORK_WEIGHTS = 100_000;

/** A lower bound of the cpu's epoch: its training batches alone, timed on the second batch. */
function cpuEpochLowerBound(spec: PlaygroundSpec, data: TrainingData): number {
  const trainer = new Trainer(spec, data);
  try {
    trainer.trainBatch();
    const start = performance.now();
    trainer.trainBatch();
    return (performance.now() - start) * trainer.iterationsPerEpoch;
  } finally {
    trainer.dispose();
  }
}

/**
 * cpu and wasm, timed on a real epoch. For a big network wasm is timed first and the cpu only as
 * far as needed to rule it out: one batch, times the batches of an epoch.
 */
async function measureCpuAndWasm(spec: PlaygroundSpec, data: TrainingData, timeEpoch: () => number): Promise<BackendTrial[]> {
  if (inferShapes(spec).totalParams <= BIG_NETWORK_WEIGHTS) {
    // The first backend timed would otherwise also pay for the JIT warming up the shared engine code.
    if (await activateBackend('cpu')) timeEpoch();
    return measureBackends(['cpu', 'wasm'], timeEpoch);
  }
  const trials = await measureBackends(['wasm'], timeEpoch);
  const wasmMs = trials[0]?.msPerEpoch ?? null;
  if (wasmMs !== null && (await activateBackend('cpu'))) {
    const bound = cpuEpochLowerBound(spec, data);
    if (bound >= wasmMs) return [...trials, { backend: 'cpu', msPerEpoch: bound, lowerBound: true }];
  }
  return [...(await measureBackends(['cpu'], timeEpoch)), ...trials];
}

/**
 * Cheapest possible cost of one kernel on the active backend: a chain of small adds. The tensors
 * are just above the size below which the webgl backend hands work to the CPU.
 */
function dispatchFloorMs(): number {
  return tf.tidy(() => {
    const one = tf.ones([1024]);
    let x = tf.add(tf.zeros([1024]), one);
    x.dataSync();
    const rounds = 50;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) x = tf.add(x, one);
    x.dataSync();
    return (performance.now() - start) / rounds;
  });
}

/** Examples an image or sequence network is timed on: its epochs are long, and time scales with examples. */
const SAMPLED_EXAMPLES = 256;

/**
 * How one epoch is timed: in full for points and tables (milliseconds each); for images and
 * sequences on their first SAMPLED_EXAMPLES examples, scaled to the whole set, so that "auto" on
 * MNIST costs seconds, not an epoch per backend.
 */
function epochTimer(spec: PlaygroundSpec, data: TrainingData): () => number {
  if (data.example.kind === 'features' || data.train.count <= SAMPLED_EXAMPLES) return () => timePlaygroundEpoch(spec, data);
  const sample = firstPoints(data, SAMPLED_EXAMPLES);
  const scale = (data.train.count + data.test.count) / (sample.train.count + sample.test.count);
  return () => timePlaygroundEpoch(spec, sample) * scale;
}

/**
 * The "auto" trial for a playground problem. cpu and wasm start at once and are timed on a real
 * epoch. WebGL needs a second or more of shader compilation before it can be timed, so first its
 * measured per-kernel floor times the epoch's kernel count gives a lower bound; only when that bound
 * does not already lose to the best time so far is WebGL compiled and timed in full.
 */
export async function autoTrial(spec: PlaygroundSpec, data: TrainingData): Promise<BackendTrial[]> {
  const timeEpoch = epochTimer(spec, data);
  const trials = await measureCpuAndWasm(spec, data, timeEpoch);
  const measured = trials.filter((t) => !t.lowerBound).map((t) => t.msPerEpoch).filter((ms): ms is number => ms !== null);
  const best = measured.length > 0 ? Math.min(...measured) : Infinity;
  let kernels = 0;
  if (Number.isFinite(best) && (await activateBackend('cpu'))) kernels = await kernelsPerEpoch(spec, data);
  if (!(await activateBackend('webgl'))) {
    trials.push({ backend: 'webgl', msPerEpoch: null, error: backendFailure('webgl') });
    return trials;
  }
  const lowerBound = kernels * dispatchFloorMs();
  if (lowerBound >= best) trials.push({ backend: 'webgl', msPerEpoch: lowerBound, lowerBound: true });
  else trials.push(...(await measureBackends(['webgl'], timeEpoch)));
  return trials;
}
