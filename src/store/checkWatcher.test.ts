import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LossPoint, Snapshot } from '../shared/engineTypes';
import { loadLessons } from '../lessons';
import { watchChecks } from './checkWatcher';
import { usePlayground } from './store';

const point = (epoch: number, testAccuracy: number): LossPoint => ({ epoch, train: 0.1, test: 0.1, trainAccuracy: testAccuracy, testAccuracy });
const snapshot = (runId: number, epoch: number, testAccuracy: number, iterationsPerEpoch = 25): Snapshot => ({
  runId,
  status: 'training',
  epoch,
  iteration: 0,
  iterationsPerEpoch,
  newLosses: [point(epoch, testAccuracy)],
  backend: 'cpu',
  pictures: null,
  notice: null,
});

await loadLessons();

const store = () => usePlayground.getState();
let stop = () => undefined as void;
beforeEach(() => {
  usePlayground.setState({ ...usePlayground.getInitialState(), passedSteps: {} }, true);
  store().setConfiguring(false);
  stop = watchChecks(usePlayground);
});
afterEach(() => stop());

describe('lesson step checks', () => {
  it('count only runs started after the step opened, and then stay passed', () => {
    store().applySnapshot(snapshot(3, 4, 0.99, 5));
    store().setLessonStep('batches', 0);
    store().applySnapshot(snapshot(3, 5, 0.99, 5));
    expect(store().lesson?.passed).toBe(false);
    store().applySnapshot(snapshot(4, 0, 0.5, 5));
    expect(store().lesson?.passed).toBe(false);
    store().applySnapshot(snapshot(4, 1, 0.5, 5));
    expect(store().lesson?.passed).toBe(true);
    expect(store().passedSteps).toEqual({ batches: [0] });
    store().applySnapshot(snapshot(5, 1, 0.5, 25));
    expect(store().lesson?.passed).toBe(true);
  });

  it('do not judge while the engine is setting up a new network', () => {
    store().setLessonStep('batches', 0);
    store().setConfiguring(true);
    store().applySnapshot(snapshot(1, 1, 0.5, 5));
    expect(store().lesson?.passed).toBe(false);
    store().setConfiguring(false);
    expect(store().lesson?.passed).toBe(true);
  });
});

describe('challenges', () => {
  it('pass per run, with the figures they were met with, and start over with a new run', () => {
    store().setClassroom({ hidden: [], locked: [], challenge: [{ measure: 'testAccuracy', op: '>=', value: 0.9 }] });
    store().applySnapshot(snapshot(1, 3, 0.8));
    expect(store().challengeResult).toMatchObject({ runId: 1, passed: false });
    store().applySnapshot(snapshot(1, 7, 0.95));
    expect(store().challengeResult).toEqual({ runId: 1, passed: true, summary: 'test accuracy 0.95, epoch 7' });
    store().applySnapshot(snapshot(1, 9, 0.85));
    expect(store().challengeResult?.passed).toBe(true);
    store().applySnapshot(snapshot(2, 0, 0.5));
    expect(store().challengeResult).toMatchObject({ runId: 2, passed: false });
  });
});
