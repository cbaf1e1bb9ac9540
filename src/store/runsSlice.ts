import { MAX_KEPT_RUNS } from '../shared/limits';
import type { StateCreator } from 'zustand';
import type { LossPoint } from '../shared/engineTypes';
import type { PlaygroundSpec } from '../shared/spec';
import type { LossHistory } from './lossHistory';
import type { PlaygroundState } from './store';

/** A finished or abandoned run, kept so that its loss curve can be laid over others. */
export interface KeptRun {
  /** Counts up and is never reused, so "Run 3" always means the same run. */
  id: number;
  name: string;
  /** The settings of the run's last stretch of training. */
  spec: PlaygroundSpec;
  /** Bounded like the live history (lossHistory.ts). */
  history: LossHistory;
  epoch: number;
  /** Losses and accuracies after the last epoch; null only if no epoch was ever evaluated. */
  final: LossPoint | null;
  /** The run stopped because its loss stopped being a number. */
  diverged: boolean;
  overlaid: boolean;
}

/** What the recorder hands over; the slice gives it an id and a name. */
export type RunRecord = Omit<KeptRun, 'id' | 'name' | 'overlaid'>;

export type CompareMetric = 'train' | 'test';

export interface RunsSlice {
  runs: KeptRun[];
  nextRunNumber: number;
  compareMetric: CompareMetric;
  compareLogScale: boolean;
  /** Adds a run, or updates run `id` when it is given and still kept; returns the run's id. */
  keepRun(record: RunRecord, id?: number | null): number;
  removeRun(id: number): void;
  clearRuns(): void;
  setOverlaid(id: number, overlaid: boolean): void;
  setCompareMetric(metric: CompareMetric): void;
  setCompareLogScale(log: boolean): void;
  /** Puts back the runs saved by an earlier visit. */
  restoreRuns(runs: KeptRun[], nextRunNumber: number): void;
}

/** Six line styles tell curves apart by colour and by dash; more at once would repeat a style. */
export const MAX_OVERLAID = 6;

/** Drops the oldest runs past the limit, sparing overlaid ones while others can go instead. */
function bounded(runs: KeptRun[]): KeptRun[] {
  const kept = runs.slice();
  while (kept.length > MAX_KEPT_RUNS) {
    const index = kept.findIndex((run) => !run.overlaid);
    kept.splice(index === -1 ? 0 : index, 1);
  }
  return kept;
}

export const createRunsSlice: StateCreator<PlaygroundState, [], [], RunsSlice> = (set, get) => ({
  runs: [],
  nextRunNumber: 1,
  compareMetric: 'train',
  compareLogScale: false,
  keepRun: (record, id) => {
    const existing = id == null ? undefined : get().runs.find((run) => run.id === id);
    if (existing) {
      set((state) => ({ runs: state.runs.map((run) => (run.id === existing.id ? { ...run, ...record } : run)) }));
      return existing.id;
    }
    const number = get().nextRunNumber;
    set((state) => {
      // A new run is drawn at once while there is a line style free for it.
      const overlaid = state.runs.filter((run) => run.overlaid).length < MAX_OVERLAID;
      const run: KeptRun = { ...record, id: number, name: `Run ${number}`, overlaid };
      return { runs: bounded([...state.runs, run]), nextRunNumber: number + 1 };
    });
    return number;
  },
  removeRun: (id) => set((state) => ({ runs: state.runs.filter((run) => run.id !== id) })),
  clearRuns: () => set({ runs: [] }),
  setOverlaid: (id, overlaid) =>
    set((state) => {
      if (overlaid && state.runs.filter((run) => run.overlaid).length >= MAX_OVERLAID) return {};
      return { runs: state.runs.map((run) => (run.id === id ? { ...run, overlaid } : run)) };
    }),
  setCompareMetric: (compareMetric) => set({ compareMetric }),
  setCompareLogScale: (compareLogScale) => set({ compareLogScale }),
  restoreRuns: (runs, nextRunNumber) =>
    set({ runs: bounded(runs), nextRunNumber: Math.max(nextRunNumber, ...runs.map((run) => run.id + 1)) }),
});

export const selectRuns = (s: PlaygroundState) => s.runs;
