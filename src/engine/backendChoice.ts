import type { TrainingData } from '../data/trainingData';
import { BACKEND_LABELS } from '../shared/displayNames';
import type { BackendTrial } from '../shared/engineTypes';
import { effectiveBatchSize, outputUnits, type BackendName, type PlaygroundSpec } from '../shared/spec';
import { ALL_BACKENDS, activateBackend, backendFailure } from './backends';
import { autoTrial } from './autoTrial';
import { fastest } from './backendTrial';

export interface BackendDecision {
  backend: BackendName;
  trials: BackendTrial[];
  fallbackMessage: string | null;
}

/**
 * Problems of the same rough size rank backends the same way, so a trial is reused for them instead
 * of re-running on every layer edit.
 */
function sizeClass(spec: PlaygroundSpec, data: TrainingData): string {
  let params = 0;
  let inputs = spec.network.features.length;
  for (const layer of spec.network.hidden) {
    const units = layer.kind === 'dense' ? layer.units : inputs;
    params += layer.kind === 'dense' ? inputs * units + units : 2 * units;
    inputs = units;
  }
  params += inputs * outputUnits(spec);
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
    return { backend: best, trials, fallbackMessage: null };
  }
  if (await activateBackend(requested)) return { backend: requested, trials: [], fallbackMessage: null };
  for (const other of ALL_BACKENDS) {
    if (other !== requested && (await activateBackend(other))) {
      return {
        backend: other,
        trials: [],
        fallbackMessage: `The ${BACKEND_LABELS[requested]} backend could not start (${backendFailure(requested) ?? 'unknown reason'}); training on ${BACKEND_LABELS[other]} instead.`,
      };
    }
  }
  throw new Error('No TensorFlow.js backend could start in this browser.');
}
