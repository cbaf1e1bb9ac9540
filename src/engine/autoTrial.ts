import * as tf from '@tensorflow/tfjs-core';
import type { TrainingData } from '../data/trainingData';
import type { BackendTrial } from '../shared/engineTypes';
import type { PlaygroundSpec } from '../shared/spec';
import { activateBackend, backendFailure } from './backends';
import { measureBackends, timePlaygroundEpoch } from './backendTrial';
import { Trainer } from './trainer';

/** Kernels one epoch runs (all batches plus the evaluation), counted once on the cpu backend. */
async function kernelsPerEpoch(spec: PlaygroundSpec, data: TrainingData): Promise<number> {
  const trainer = new Trainer(spec, data);
  try {
    trainer.trainBatch();
    const batch = await tf.profile(() => void trainer.trainBatch());
    const evaluation = await tf.profile(() => void trainer.evaluate());
    return batch.kernels.length * trainer.iterationsPerEpoch + evaluation.kernels.length;
  } finally {
    trainer.dispose();
  }
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

/**
 * The "auto" trial for a playground problem. cpu and wasm start at once and are timed on a real
 * epoch. WebGL needs a second or more of shader compilation before it can be timed, so first its
 * measured per-kernel floor times the epoch's kernel count gives a lower bound; only when that bound
 * does not already lose to the best time so far is WebGL compiled and timed in full.
 */
export async function autoTrial(spec: PlaygroundSpec, data: TrainingData): Promise<BackendTrial[]> {
  const timeEpoch = () => timePlaygroundEpoch(spec, data);
  // The first backend timed would otherwise also pay for the JIT warming up the shared engine code.
  if (await activateBackend('cpu')) timeEpoch();
  const trials = await measureBackends(['cpu', 'wasm'], timeEpoch);
  const measured = trials.map((t) => t.msPerEpoch).filter((ms): ms is number => ms !== null);
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
