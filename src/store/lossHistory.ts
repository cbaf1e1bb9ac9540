import { MAX_HISTORY_POINTS } from '../shared/limits';
import type { LossPoint } from '../shared/engineTypes';

/**
 * Per-epoch losses kept at a bounded size: once it would exceed `maxPoints`, every other point is
 * dropped and the stride doubles. Points are real epochs' losses (sampled, not averaged), so the
 * chart stays honest and its drawing cost stays flat however long the run.
 */
export interface LossHistory {
  stride: number;
  points: LossPoint[];
  /** The newest epoch's losses even when the stride skips it. */
  latest: LossPoint | null;
}

export const EMPTY_HISTORY: LossHistory = { stride: 1, points: [], latest: null };

export function appendLosses(history: LossHistory, added: readonly LossPoint[], maxPoints = MAX_HISTORY_POINTS): LossHistory {
  if (added.length === 0) return history;
  let { stride } = history;
  let points = history.points.slice();
  for (const point of added) {
    if (point.epoch % stride !== 0) continue;
    points.push(point);
    if (points.length > maxPoints) {
      stride *= 2;
      points = points.filter((p) => p.epoch % stride === 0);
    }
  }
  return { stride, points, latest: added[added.length - 1] };
}

/** What the chart draws: the kept points plus the newest one. */
export function chartPoints(history: LossHistory): LossPoint[] {
  const last = history.points.at(-1);
  if (history.latest && (!last || history.latest.epoch > last.epoch)) return [...history.points, history.latest];
  return history.points;
}
