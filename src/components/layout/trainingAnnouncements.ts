import type { RunStatus } from '../../shared/engineTypes';

/** While training, a progress announcement at most this often: every epoch would drown the reader. */
export const PROGRESS_INTERVAL_MS = 10_000;
/**
 * "Training started" waits this long: a Step also passes through "training" for a moment, and
 * should be announced once, as its result, not as a start and a pause.
 */
export const START_DELAY_MS = 400;

/** What the page shows now, as plain values. */
export interface ProgressView {
  status: RunStatus;
  epoch: number;
  /** Of the newest epoch; undefined before the first evaluation. */
  testLoss: number | undefined;
  /** Null for regression. */
  testAccuracy: number | null | undefined;
}

export interface AnnouncerMemory {
  status: RunStatus;
  epoch: number;
  /** The epoch training started from, and when. */
  startEpoch: number;
  startedAt: number;
  startAnnounced: boolean;
  /** When the last announcement during this training was made. */
  lastAt: number;
}

export function initialMemory(view: ProgressView, now: number): AnnouncerMemory {
  return { status: view.status, epoch: view.epoch, startEpoch: view.epoch, startedAt: now, startAnnounced: view.status === 'training', lastAt: now };
}

/** Two significant figures are what a listener can take in; the page shows the full figure. */
export function spokenNumber(value: number): string {
  if (!Number.isFinite(value)) return 'diverged';
  return String(Number(value.toPrecision(2)));
}

function figures(view: ProgressView): string {
  const parts = [`epoch ${view.epoch}`];
  if (view.testLoss !== undefined) parts.push(`test loss ${spokenNumber(view.testLoss)}`);
  if (view.testAccuracy !== null && view.testAccuracy !== undefined && Number.isFinite(view.testAccuracy)) parts.push(`test accuracy ${view.testAccuracy.toFixed(2)}`);
  return parts.join(', ');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Decides what, if anything, to announce after the page's progress changed: training started,
 * paused, finished or stopped; while training, progress at most every PROGRESS_INTERVAL_MS; a step
 * or a reset once, as its result. Pure: time comes in as `now` (milliseconds).
 */
export function nextAnnouncement(memory: AnnouncerMemory, view: ProgressView, now: number): { memory: AnnouncerMemory; message: string | null } {
  const next: AnnouncerMemory = { ...memory, status: view.status, epoch: view.epoch };
  const wasTraining = memory.status === 'training';
  const training = view.status === 'training';
  if (training && !wasTraining) {
    return { memory: { ...next, startEpoch: memory.epoch, startedAt: now, startAnnounced: false, lastAt: now }, message: null };
  }
  if (training) {
    if (!memory.startAnnounced && now - memory.startedAt >= START_DELAY_MS) {
      return { memory: { ...next, startAnnounced: true, lastAt: now }, message: `Training started at epoch ${memory.startEpoch}.` };
    }
    if (memory.startAnnounced && now - memory.lastAt >= PROGRESS_INTERVAL_MS) {
      return { memory: { ...next, lastAt: now }, message: `${capitalised(figures(view))}.` };
    }
    return { memory: next, message: null };
  }
  if (wasTraining) {
    if (view.status === 'done') return { memory: next, message: `Training finished at ${figures(view)}.` };
    if (view.status === 'error') return { memory: next, message: `Training stopped at epoch ${view.epoch}.` };
    // A step, or a start undone at once: one short result rather than "started" then "paused".
    const stepLike = !memory.startAnnounced && view.epoch - memory.startEpoch <= 1;
    return { memory: next, message: stepLike ? `${capitalised(figures(view))}.` : `Training paused at ${figures(view)}.` };
  }
  if (view.epoch !== memory.epoch) {
    return { memory: next, message: view.epoch === 0 ? `Reset to ${figures(view)}.` : `${capitalised(figures(view))}.` };
  }
  return { memory: next, message: null };
}
