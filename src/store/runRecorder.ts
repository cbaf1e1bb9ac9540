import type { StoreApi } from 'zustand';
import { sameRunShape } from '../shared/sameRunShape';
import { loadRuns, saveRuns } from '../persistence/savedRuns';
import type { PlaygroundSpec } from '../shared/spec';
import { appendLosses, chartPoints } from './lossHistory';
import type { KeptRun, RunRecord } from './runsSlice';
import { usePlayground, type PlaygroundState } from './store';

/** The engine's run being watched, and the settings it was last trained with. */
interface Tracked {
  runId: number;
  spec: PlaygroundSpec;
  /** The run list entry this run has already been kept as, and at which epoch. */
  keptId: number | null;
  keptEpoch: number;
  /**
   * The epoch its first snapshot was at: past 0 for a run imported or restored after a reload (whose
   * history, brought along from the file, may still begin at epoch 0). Null until that snapshot.
   */
  startEpoch: number | null;
}

/**
 * A run that begins past epoch 0 was imported or restored after a reload. When a kept run has the
 * same network and ended at that epoch, it is that run carried on: its entry grows, no second one.
 */
function continuedRun(runs: KeptRun[], record: RunRecord, startEpoch: number | null): KeptRun | undefined {
  const start = startEpoch ?? record.history.points[0]?.epoch ?? 0;
  if (start === 0) return undefined;
  return runs.filter((run) => run.epoch === start && sameRunShape(run.spec, record.spec)).at(-1);
}

function mergeInto(run: KeptRun, record: RunRecord): RunRecord {
  const after = run.history.latest?.epoch ?? run.epoch;
  return { ...record, history: appendLosses(run.history, chartPoints(record.history).filter((p) => p.epoch > after)) };
}

/**
 * Keeps runs in the run list: when a run finishes (status 'done'), and when a run that trained at
 * least one epoch is left behind for a new one (Reset, or a change of settings that rebuilds the
 * network: the run id changes). A run trained further after finishing updates its own entry.
 * Returns the unsubscribe function.
 */
export function recordRuns(store: StoreApi<PlaygroundState>): () => void {
  const initial = store.getState();
  let tracked: Tracked = { runId: initial.runId, spec: initial.spec, keptId: null, keptEpoch: 0, startEpoch: null };

  const keep = (run: Tracked, state: PlaygroundState) => {
    const entry = store.getState().runs.find((kept) => kept.id === run.keptId);
    // A run the learner removed from the list comes back only if it was trained further since.
    if (run.keptId !== null && !entry && state.epoch === run.keptEpoch) return;
    let record: RunRecord = { spec: run.spec, history: state.history, epoch: state.epoch, final: state.history.latest, diverged: state.diverged };
    if (!entry) {
      const continued = continuedRun(store.getState().runs, record, run.startEpoch);
      if (continued) {
        run.keptId = continued.id;
        record = mergeInto(continued, record);
      }
    }
    run.keptId = store.getState().keepRun(record, run.keptId);
    run.keptEpoch = state.epoch;
  };

  return store.subscribe((state, previous) => {
    if (state.runId !== tracked.runId) {
      const left = tracked;
      // The new run was configured from the settings in the store at the time.
      tracked = { runId: state.runId, spec: state.spec, keptId: null, keptEpoch: 0, startEpoch: state.history.latest?.epoch ?? null };
      if (previous.runId === left.runId && previous.epoch >= 1) keep(left, previous);
      return;
    }
    if (tracked.startEpoch === null && state.history.latest) tracked.startEpoch = state.history.latest.epoch;
    // Learning rate and epoch count change a run without rebuilding it: they count from the moment
    // they are trained with (at once while training, else at the next Train or Step).
    const trainingNow = state.status === 'training' && (previous.status !== 'training' || state.spec !== previous.spec);
    if (trainingNow && state.spec !== tracked.spec && sameRunShape(tracked.spec, state.spec)) tracked.spec = state.spec;
    if (state.status === 'done' && previous.status !== 'done') keep(tracked, state);
  });
}

/** Brings back the run list of the last visit, records runs from now on, and saves the list on every change. */
export function startRunRecorder(store: StoreApi<PlaygroundState> = usePlayground): () => void {
  const saved = loadRuns();
  if (saved.runs.length > 0 || saved.discarded > 0) store.getState().restoreRuns(saved.runs, saved.nextRunNumber);
  // A list with unreadable entries is written back without them.
  if (saved.discarded > 0) saveRuns(saved.runs, saved.nextRunNumber);
  const stopRecording = recordRuns(store);
  const stopSaving = store.subscribe((state, previous) => {
    if (state.runs !== previous.runs || state.nextRunNumber !== previous.nextRunNumber) saveRuns(state.runs, state.nextRunNumber);
  });
  return () => {
    stopRecording();
    stopSaving();
  };
}
