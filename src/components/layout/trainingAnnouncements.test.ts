import { describe, expect, it } from 'vitest';
import { initialMemory, nextAnnouncement, PROGRESS_INTERVAL_MS, spokenNumber, START_DELAY_MS, type AnnouncerMemory, type ProgressView } from './trainingAnnouncements';

const IDLE: ProgressView = { status: 'idle', epoch: 0, testLoss: 0.7, testAccuracy: 0.5 };

/** Feeds views in order (each at its time) and collects what would be announced. */
function run(steps: Array<[number, Partial<ProgressView>]>, start: ProgressView = IDLE): Array<[number, string]> {
  let memory: AnnouncerMemory = initialMemory(start, 0);
  let view = start;
  const said: Array<[number, string]> = [];
  for (const [time, patch] of steps) {
    view = { ...view, ...patch };
    const result = nextAnnouncement(memory, view, time);
    memory = result.memory;
    if (result.message) said.push([time, result.message]);
  }
  return said;
}

/** A training run with a snapshot every frame (about 16 ms) for `seconds`, one epoch a frame. */
function frames(from: number, seconds: number, firstEpoch: number): Array<[number, Partial<ProgressView>]> {
  return Array.from({ length: Math.round((seconds * 1000) / 16) }, (_, i) => [from + i * 16, { status: 'training' as const, epoch: firstEpoch + i, testLoss: 0.5 / (1 + i / 100) }]);
}

describe('training announcements', () => {
  it('say when training starts, then progress at most every 10 seconds, never every epoch', () => {
    const said = run(frames(1000, 35, 1));
    expect(said[0]).toEqual([expect.any(Number), 'Training started at epoch 0.']);
    const progress = said.slice(1);
    expect(progress.length).toBe(3);
    for (let i = 1; i < said.length; i++) expect(said[i][0] - said[i - 1][0]).toBeGreaterThanOrEqual(PROGRESS_INTERVAL_MS);
    expect(progress[0][1]).toMatch(/^Epoch \d+, test loss 0\.\d+, test accuracy 0\.50\.$/);
  });

  it('say nothing more while nothing changes', () => {
    expect(run([[100, {}], [20_000, {}], [60_000, {}]])).toEqual([]);
  });

  it('say when training pauses, with the figures', () => {
    const said = run([...frames(0, 2, 1), [2100, { status: 'paused', epoch: 130, testLoss: 0.0412, testAccuracy: 0.981 }]]);
    expect(said.map(([, text]) => text)).toEqual(['Training started at epoch 0.', 'Training paused at epoch 130, test loss 0.041, test accuracy 0.98.']);
  });

  it('say when training finishes or stops', () => {
    expect(run([...frames(0, 1, 1), [1100, { status: 'done', epoch: 70, testLoss: 0.2, testAccuracy: null }]]).at(-1)?.[1]).toBe('Training finished at epoch 70, test loss 0.2.');
    expect(run([...frames(0, 1, 1), [1100, { status: 'error', epoch: 3, testLoss: Number.NaN }]]).at(-1)?.[1]).toBe('Training stopped at epoch 3.');
  });

  it('announce a step once, as its result, not as a start and a pause', () => {
    const said = run([
      [0, { status: 'training' }],
      [10, { status: 'paused', epoch: 1, testLoss: 0.66 }],
    ]);
    expect(said).toEqual([[10, 'Epoch 1, test loss 0.66, test accuracy 0.50.']]);
    // The snapshot in between may never arrive: the step is then a plain epoch change.
    expect(run([[10, { status: 'paused', epoch: 1 }]])).toEqual([[10, 'Epoch 1, test loss 0.7, test accuracy 0.50.']]);
  });

  it('a start that lasts under the start delay but covers many epochs is still a pause', () => {
    const said = run([
      [0, { status: 'training' }],
      [START_DELAY_MS - 1, { status: 'paused', epoch: 12 }],
    ]);
    expect(said.map(([, text]) => text)).toEqual(['Training paused at epoch 12, test loss 0.7, test accuracy 0.50.']);
  });

  it('say when the run is back at epoch 0 (Reset, or a new network)', () => {
    const said = run([[0, { status: 'paused', epoch: 40 }], [5000, { status: 'idle', epoch: 0, testLoss: 0.69 }]], { ...IDLE, status: 'paused', epoch: 40 });
    expect(said).toEqual([[5000, 'Reset to epoch 0, test loss 0.69, test accuracy 0.50.']]);
  });

  it('the throttle restarts with each run: a new start is announced after the start delay, not after 10 s', () => {
    const said = run([...frames(0, 3, 1), [3100, { status: 'paused', epoch: 200, testLoss: 0.05 }], ...frames(3200, 1, 201)]);
    expect(said.map(([, text]) => text)).toEqual(['Training started at epoch 0.', 'Training paused at epoch 200, test loss 0.05, test accuracy 0.50.', 'Training started at epoch 200.']);
  });
});

describe('spoken numbers', () => {
  it('have two significant figures and never say NaN', () => {
    expect(spokenNumber(0.041234)).toBe('0.041');
    expect(spokenNumber(1.5)).toBe('1.5');
    expect(spokenNumber(123.4)).toBe('120');
    expect(spokenNumber(Number.NaN)).toBe('diverged');
    expect(spokenNumber(Number.POSITIVE_INFINITY)).toBe('diverged');
  });
});
