import type { EngineNotice, RunStatus } from '../shared/engineTypes';
import { assertNever } from '../shared/assertNever';
import type { BackendName } from '../shared/spec';

/** Why a run of time slices ended. */
export type StopReason =
  | { kind: 'target' }
  | { kind: 'requested' }
  | { kind: 'diverged'; epoch: number }
  | { kind: 'failed'; error: string }
  | { kind: 'gpuLost' };

/** What a run in progress is for: a Train (to the epoch limit, or on) or a Step (one epoch). */
export interface RunPlan {
  targetEpoch: number | null;
  statusAtTarget: 'done' | 'paused';
}

/** The status a run ends in, and what the learner must be told (null: nothing new). */
export function endOfRun(
  reason: StopReason,
  plan: RunPlan,
  context: { learningRate: number; backend: BackendName },
): { status: RunStatus; notice: EngineNotice | null } {
  switch (reason.kind) {
    case 'target':
      return { status: plan.statusAtTarget, notice: null };
    case 'requested':
      return { status: 'paused', notice: null };
    case 'diverged':
      return { status: 'error', notice: { kind: 'diverged', epoch: reason.epoch, learningRate: context.learningRate } };
    case 'failed':
      // A failing kernel must end the run visibly, never leave the page waiting on a silent worker.
      return { status: 'error', notice: { kind: 'trainingFailed', backend: context.backend, error: reason.error } };
    case 'gpuLost':
      return { status: 'error', notice: { kind: 'gpuLostStopped' } };
    default:
      return assertNever(reason);
  }
}
