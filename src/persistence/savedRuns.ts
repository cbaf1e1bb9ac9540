import type { LossPoint } from '../shared/engineTypes';
import { specSchema } from '../shared/specSchema';
import type { PlaygroundSpec } from '../shared/spec';
import { z } from '../shared/zodSetup';
import { MAX_HISTORY_POINTS, MAX_KEPT_RUNS } from '../shared/limits';
import type { KeptRun } from '../store/runsSlice';

const KEY = 'neural-playground/runs';
/** Bumped when the stored shape changes; older lists are dropped rather than misread. */
export const SAVED_RUNS_VERSION = 1;

/**
 * A point as [epoch, train, test, trainAccuracy, testAccuracy]: a fifth of the size of objects,
 * which matters at 20 runs × 500 points. A loss that diverged is stored as null (JSON has no NaN).
 */
type StoredPoint = [number, number | null, number | null, number | null, number | null];

const loss = z.number().nullable();
const accuracy = z.number().min(0).max(1).nullable();
const pointSchema = z.tuple([z.number().int().min(0), loss, loss, accuracy, accuracy]);

const runSchema = z.object({
  id: z.number().int().min(1),
  name: z.string().min(1).max(40),
  spec: specSchema,
  stride: z.number().int().min(1),
  points: z.array(pointSchema).max(MAX_HISTORY_POINTS),
  latest: pointSchema.nullable(),
  epoch: z.number().int().min(0),
  final: pointSchema.nullable(),
  diverged: z.boolean(),
  overlaid: z.boolean(),
});

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);
const toStored = (p: LossPoint): StoredPoint => [p.epoch, finiteOrNull(p.train), finiteOrNull(p.test), p.trainAccuracy, p.testAccuracy];
const fromStored = ([epoch, train, test, trainAccuracy, testAccuracy]: StoredPoint): LossPoint => ({
  epoch,
  train: train ?? NaN,
  test: test ?? NaN,
  trainAccuracy,
  testAccuracy,
});

export function saveRuns(runs: KeptRun[], nextRunNumber: number): void {
  const stored = runs.map(({ history, final, ...run }) => ({
    ...run,
    stride: history.stride,
    points: history.points.map(toStored),
    latest: history.latest && toStored(history.latest),
    final: final && toStored(final),
  }));
  try {
    localStorage.setItem(KEY, JSON.stringify({ version: SAVED_RUNS_VERSION, nextRunNumber, runs: stored }));
  } catch {
    // Storage full or disabled: the list lives on for this visit only.
  }
}

export interface LoadedRuns {
  runs: KeptRun[];
  nextRunNumber: number;
  /** Entries that could not be read and were left out. */
  discarded: number;
}

/** The run list of the last visit; each entry is checked on its own, so one bad entry costs only itself. */
export function loadRuns(): LoadedRuns {
  const none: LoadedRuns = { runs: [], nextRunNumber: 1, discarded: 0 };
  let text: string | null = null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return none;
  }
  if (text === null) return none;
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { ...none, discarded: 1 };
  }
  const list = z.object({ version: z.literal(SAVED_RUNS_VERSION), nextRunNumber: z.number().int().min(1), runs: z.array(z.unknown()) }).safeParse(saved);
  if (!list.success) return { ...none, discarded: 1 };
  const runs: KeptRun[] = [];
  const seen = new Set<number>();
  let discarded = 0;
  for (const entry of list.data.runs.slice(-MAX_KEPT_RUNS)) {
    const checked = runSchema.safeParse(entry);
    if (!checked.success || seen.has(checked.data.id)) {
      discarded++;
      continue;
    }
    const { stride, points, latest, final, spec, ...run } = checked.data;
    seen.add(run.id);
    runs.push({
      ...run,
      spec: spec as PlaygroundSpec,
      history: { stride, points: points.map(fromStored), latest: latest && fromStored(latest) },
      final: final && fromStored(final),
    });
  }
  return { runs, nextRunNumber: list.data.nextRunNumber, discarded };
}

export function clearSavedRuns(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
