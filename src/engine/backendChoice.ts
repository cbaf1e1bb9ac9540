import type { TrainingData } from '../data/trainingData';
import type { BackendTrial, EngineNotice } from '../shared/engineTypes';
import { inferShapes } from '../shared/layers/inferShapes';
import { effectiveBatchSize, type BackendName, type PlaygroundSpec } from '../shared/spec';
import { ALL_BACKENDS, activateBackend, backendFailure } from './backends';
import { autoTrial } from './autoTrial';
import { fastest } from './backendTrial';

export interface BackendDecision {
  backend: BackendName;
  trials: BackendTrial[];
  fallback: EngineNotice | null;
}

/**
 * Problems of the same rough size rank backends the same way, so a trial is reused for them instead
 * of re-running on every layer edit.
 */
function sizeClass(spec: PlaygroundSpec, data: TrainingData): string {
  const params = inferShapes(spec).totalParams;
  const log = (n: number) => Math.round(Math.log2(Math.max(1, n)));
  const batch = effectiveBatchSize(spec.training, data.train.count);
  const kinds = spec.network.hidden.map((l) => l.kind[0]).join('');
  return `${log(params)}|${log(batch)}|${log(data.train.count)}|${kinds}|${spec.training.optimizer}`;
}

const trialCache = new Map<string, BackendTrial[]>();

export async function chooseBackend(spec: PlaygroundSpec, data: TrainingData): Promise<BackendDecision> {
  const requested = spec.training.backend;
  if (requested === 'auto') {
    const key = sizeClass(spec, data);
    let trials = trialCache.get(key);
    if (!trials) {
      trials = await autoTrial(spec, data);
      trialCache.set(key, trials);
    }
    const best = fastest(trials) ?? 'cpu';
    await activateBackend(best);
    return { backend: best, trials, fallback: null };
  }
  if (await activateBackend(requested)) return { backend: requested, trials: [], fallback: null };
  for (const other of ALL_BACKENDS) {
    if (other !== requested && (await activateBackend(other))) {
      return {
        backend: other,
        trials: [],
        fallback: { kind: 'backendFallback', requested, reason: backendFailure(requested) ?? 'unknown reason', used: other },
      };
    }
  }
  throw new Error('No TensorFlow.js backend could start in this browser.');
}
