import type { TrainingData } from '../data/trainingData';
import type { BackendTrial } from '../shared/engineTypes';
import type { BackendName, PlaygroundSpec } from '../shared/spec';
import { activateBackend, backendFailure } from './backends';
import { Trainer } from './trainer';
import { errorMessage } from '../shared/async';

const MEASURED_BATCHES = 60;
const MEASURE_BUDGET_MS = 150;

/**
 * Times one epoch of the actual problem on the active backend: batches plus the per-epoch
 * evaluation with its read-back, after a warm-up that pays for kernel compilation.
 */
export function timePlaygroundEpoch(spec: PlaygroundSpec, data: TrainingData): number {
  const trainer = new Trainer(spec, data);
  try {
    trainer.trainBatch();
    trainer.evaluate();
    let batches = 0;
    const start = performance.now();
    while (batches < Math.min(MEASURED_BATCHES, trainer.iterationsPerEpoch) && performance.now() - start < MEASURE_BUDGET_MS) {
      trainer.trainBatch();
      batches++;
    }
    const batchMs = (performance.now() - start) / batches;
    const evalStart = performance.now();
    trainer.evaluate();
    const evalMs = performance.now() - evalStart;
    return batchMs * trainer.iterationsPerEpoch + evalMs;
  } finally {
    trainer.dispose();
  }
}

/** Runs `timeOnce` (milliseconds for a unit of work, lower is better) on each backend that starts. */
export async function measureBackends(candidates: BackendName[], timeOnce: () => number): Promise<BackendTrial[]> {
  const trials: BackendTrial[] = [];
  for (const backend of candidates) {
    if (!(await activateBackend(backend))) {
      trials.push({ backend, msPerEpoch: null, error: backendFailure(backend) });
      continue;
    }
    try {
      trials.push({ backend, msPerEpoch: timeOnce() });
    } catch (error) {
      trials.push({ backend, msPerEpoch: null, error: errorMessage(error) });
    }
  }
  return trials;
}

export function fastest(trials: BackendTrial[]): BackendName | null {
  const usable = trials.filter((t): t is BackendTrial & { msPerEpoch: number } => t.msPerEpoch !== null);
  usable.sort((a, b) => a.msPerEpoch - b.msPerEpoch);
  return usable[0]?.backend ?? null;
}
