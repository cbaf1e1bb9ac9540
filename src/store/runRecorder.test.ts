import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LossPoint, RunStatus, Snapshot } from '../shared/engineTypes';
import { MAX_HISTORY_POINTS, MAX_KEPT_RUNS } from '../shared/limits';
import { recordRuns } from './runRecorder';
import { usePlayground } from './store';

const lossesOf = (from: number, to: number): LossPoint[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({
    epoch: from + i,
    train: 1 / (from + i + 1),
    test: 1.5 / (from + i + 1),
    trainAccuracy: 0.5,
    testAccuracy: 0.6,
  }));

function snapshot(runId: number, status: RunStatus, epoch: number, newLosses: LossPoint[] = []): Snapshot {
  return { runId, status, epoch, iteration: 0, iterationsPerEpoch: 25, newLosses, backend: 'cpu', pictures: null, notice: null };
}

const store = () => usePlayground.getState();
/** What the engine sends for a new run: its epoch-0 (or imported epoch's) losses. */
const newRun = (runId: number, epoch = 0) => store().applySnapshot(snapshot(runId, 'idle', epoch, lossesOf(epoch, epoch)));
/** Training from `from` to `to` epochs, ending with `end` (done at the epoch target, paused on Pause). */
function train(runId: number, from: number, to: number, end: RunStatus = 'done') {
  store().applySnapshot(snapshot(runId, 'training', from));
  store().applySnapshot(snapshot(runId, 'training', to, lossesOf(from + 1, to)));
  store().applySnapshot(snapshot(runId, end, to));
}

let stop: () => void = () => undefined;
beforeEach(() => {
  usePlayground.setState(usePlayground.getInitialState(), true);
  store().setTraining('epochs', 40);
  stop = recordRuns(usePlayground);
});
afterEach(() => stop());

describe('run recorder', () => {
  it('keeps a run when it finishes, with its settings, losses and epoch', () => {
    newRun(1);
    train(1, 0, 40);
    const [run] = store().runs;
    expect(store().runs).toHaveLength(1);
    expect(run).toMatchObject({ id: 1, name: 'Run 1', epoch: 40, overlaid: true, diverged: false });
    expect(run.spec.training.optimizer).toBe('miniBatchSgd');
    expect(run.final).toEqual(lossesOf(40, 40)[0]);
    expect(run.history.points.map((p) => p.epoch)).toEqual(lossesOf(0, 40).map((p) => p.epoch));
  });

  it('does not keep a run left behind before its first epoch', () => {
    newRun(1);
    store().setTraining('optimizer', 'adam');
    newRun(2);
    expect(store().runs).toEqual([]);
  });

  it('keeps a trained run left behind by Reset, and a run left by a change of network', () => {
    newRun(1);
    train(1, 0, 7, 'paused');
    newRun(2); // Reset
    expect(store().runs.map((r) => [r.name, r.epoch])).toEqual([['Run 1', 7]]);
    store().applySnapshot(snapshot(2, 'paused', 1, lossesOf(1, 1))); // Step
    store().setTraining('seed', 5);
    newRun(3);
    expect(store().runs.map((r) => [r.name, r.epoch, r.spec.training.seed])).toEqual([
      ['Run 1', 7, 1],
      ['Run 2', 1, 1],
    ]);
  });

  it('updates the entry of a finished run that is trained further, and keeps it once when left behind', () => {
    newRun(1);
    train(1, 0, 40);
    train(1, 40, 80);
    store().setTraining('optimizer', 'adam');
    newRun(2);
    expect(store().runs).toHaveLength(1);
    expect(store().runs[0]).toMatchObject({ name: 'Run 1', epoch: 80 });
    expect(store().runs[0].spec.training.optimizer).toBe('miniBatchSgd');
    train(2, 0, 40);
    expect(store().runs.map((r) => [r.name, r.spec.training.optimizer])).toEqual([
      ['Run 1', 'miniBatchSgd'],
      ['Run 2', 'adam'],
    ]);
  });

  it('keeps the settings a run was trained with, not a new network chosen while it was still training', () => {
    newRun(1);
    store().applySnapshot(snapshot(1, 'training', 0));
    store().setTraining('optimizer', 'adam');
    // The old run trains on until the engine rebuilds the network.
    store().applySnapshot(snapshot(1, 'training', 12, lossesOf(1, 12)));
    store().applySnapshot(snapshot(1, 'paused', 12));
    newRun(2);
    expect(store().runs[0].spec.training.optimizer).toBe('miniBatchSgd');
  });

  it('counts a learning rate from the moment it is trained with', () => {
    newRun(1);
    train(1, 0, 40);
    store().setTraining('learningRate', 0.3); // after the run, never trained with
    store().setTraining('optimizer', 'adam');
    newRun(2);
    expect(store().runs[0].spec.training.learningRate).toBe(0.03);

    store().setTraining('learningRate', 0.01); // before training: the run is trained with it
    train(2, 0, 40);
    expect(store().runs[1].spec.training.learningRate).toBe(0.01);
    store().applySnapshot(snapshot(2, 'training', 40));
    store().setTraining('learningRate', 0.005); // while training: applies at once
    store().applySnapshot(snapshot(2, 'done', 80, lossesOf(41, 80)));
    expect(store().runs[1].spec.training.learningRate).toBe(0.005);
    expect(store().runs).toHaveLength(2);
  });

  it('marks a run whose loss diverged', () => {
    newRun(1);
    store().applySnapshot(snapshot(1, 'training', 0));
    store().applySnapshot({ ...snapshot(1, 'error', 3, [...lossesOf(1, 2), { ...lossesOf(3, 3)[0], train: NaN, test: NaN }]), notice: { kind: 'diverged', epoch: 3, learningRate: 3 } });
    newRun(2);
    expect(store().runs[0]).toMatchObject({ epoch: 3, diverged: true });
  });

  /** Run 1 trains 40 epochs; then a reload: a fresh page with the saved run list, whose engine restores the run at epoch 40. */
  function reloadWithRunKeptAt40() {
    newRun(1);
    train(1, 0, 40);
    const kept = store().runs;
    stop();
    usePlayground.setState(usePlayground.getInitialState(), true);
    store().setTraining('epochs', 40);
    store().restoreRuns(kept, 2);
    stop = recordRuns(usePlayground);
    newRun(1);
  }

  it('carries on the entry of a run restored after a reload instead of adding a second', () => {
    reloadWithRunKeptAt40();
    newRun(2, 40);
    train(2, 40, 80);
    expect(store().runs).toHaveLength(1);
    expect(store().runs[0]).toMatchObject({ name: 'Run 1', epoch: 80 });
    expect(store().runs[0].history.points.map((p) => p.epoch)).toEqual(lossesOf(0, 80).map((p) => p.epoch));
    train(2, 80, 120);
    expect(store().runs).toHaveLength(1);
    expect(store().runs[0].epoch).toBe(120);
  });

  it('also when the restored run brings its whole loss history back from the saved file', () => {
    reloadWithRunKeptAt40();
    store().applySnapshot(snapshot(2, 'idle', 40, lossesOf(0, 40)));
    // Reset leaves the restored run behind: it is Run 1 still, not a second entry.
    newRun(3);
    expect(store().runs).toHaveLength(1);
    train(3, 0, 40);
    expect(store().runs.map((r) => r.name)).toEqual(['Run 1', 'Run 2']);
  });

  it(`keeps at most ${MAX_KEPT_RUNS} runs, the newest, and bounded histories`, () => {
    for (let id = 1; id <= MAX_KEPT_RUNS + 5; id++) {
      newRun(id);
      train(id, 0, id === MAX_KEPT_RUNS + 5 ? 5000 : 3);
    }
    const { runs } = store();
    expect(runs).toHaveLength(MAX_KEPT_RUNS);
    expect(runs.at(-1)!.name).toBe(`Run ${MAX_KEPT_RUNS + 5}`);
    expect(runs.at(-1)!.history.points.length).toBeLessThanOrEqual(MAX_HISTORY_POINTS);
    expect(runs.filter((r) => r.overlaid).length).toBeLessThanOrEqual(6);
  });

  it('does not bring back a removed run when it is left behind, only when it is trained further', () => {
    newRun(1);
    train(1, 0, 40);
    store().removeRun(1);
    store().setTraining('seed', 2);
    newRun(2);
    train(2, 0, 40);
    expect(store().runs.map((r) => r.name)).toEqual(['Run 2']);
    store().clearRuns();
    train(2, 40, 80);
    expect(store().runs.map((r) => [r.name, r.epoch])).toEqual([['Run 3', 80]]);
  });
});

describe('run state', () => {
  it('does not mix the losses of a new run into the old one when the engine answer overtakes its first snapshot', () => {
    newRun(1);
    train(1, 0, 40);
    store().setEngineInfo({ runId: 2, backend: 'cpu', trials: [], message: null });
    store().applySnapshot(snapshot(2, 'idle', 0, lossesOf(0, 0)));
    expect(store().history.points.map((p) => p.epoch)).toEqual([0]);
    expect(store().runs).toHaveLength(1);
  });
});
