import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../shared/defaults';
import { validateSpec } from '../shared/specSchema';
import type { KeptRun } from '../store/runsSlice';
import { usePlayground } from '../store/store';
import { startRunRecorder } from '../store/runRecorder';
import { loadRuns, saveRuns, SAVED_RUNS_VERSION } from './savedRuns';
import { installMemoryStorage } from './memoryStorage';

const memory = installMemoryStorage();
const KEY = 'neural-playground/runs';

const point = (epoch: number, train = 1 / (epoch + 1)) => ({ epoch, train, test: train * 1.2, trainAccuracy: 0.75, testAccuracy: 0.5 });

function run(id: number, patch: Partial<KeptRun> = {}): KeptRun {
  const points = [0, 1, 2].map((e) => point(e));
  return {
    id,
    name: `Run ${id}`,
    spec: DEFAULT_SPEC,
    history: { stride: 1, points, latest: points[2] },
    epoch: 2,
    final: points[2],
    diverged: false,
    overlaid: true,
    ...patch,
  };
}

beforeEach(() => memory.clear());

describe('saved runs', () => {
  it('come back exactly as saved', () => {
    const runs = [run(1), run(3, { overlaid: false, spec: { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, optimizer: 'adam' } } })];
    saveRuns(runs, 4);
    expect(loadRuns()).toEqual({ runs, nextRunNumber: 4, discarded: 0 });
  });

  it('keep a diverged loss as not a number (JSON has no NaN)', () => {
    const diverged = point(3, NaN);
    saveRuns([run(1, { diverged: true, final: diverged, history: { stride: 1, points: [point(0), diverged], latest: diverged } })], 2);
    const [loaded] = loadRuns().runs;
    expect(loaded.diverged).toBe(true);
    expect(loaded.final?.train).toBeNaN();
    expect(loaded.history.points[0].train).toBe(1);
  });

  it('drop a corrupt entry and keep the others', () => {
    saveRuns([run(1), run(2), run(3)], 4);
    const stored = JSON.parse(memory.get(KEY)!);
    stored.runs[1].spec.training.learningRate = -1;
    stored.runs[2].points = 'lots';
    memory.set(KEY, JSON.stringify(stored));
    const loaded = loadRuns();
    expect(loaded.runs.map((r) => r.name)).toEqual(['Run 1']);
    expect(loaded.discarded).toBe(2);
  });

  it('from another version, or unreadable, give an empty list', () => {
    memory.set(KEY, JSON.stringify({ version: SAVED_RUNS_VERSION + 1, nextRunNumber: 2, runs: [] }));
    expect(loadRuns().runs).toEqual([]);
    memory.set(KEY, '{"version":1,');
    expect(loadRuns().runs).toEqual([]);
  });

  it('never throw and never accept an invalid run, whatever is stored', () => {
    const entry = fc.oneof(
      fc.json().map((text) => JSON.parse(text) as unknown),
      fc.record({ id: fc.integer(), name: fc.string(), spec: fc.constant(DEFAULT_SPEC), stride: fc.integer(), points: fc.array(fc.array(fc.oneof(fc.double(), fc.constant(null)))), latest: fc.constant(null), epoch: fc.integer(), final: fc.constant(null), diverged: fc.boolean(), overlaid: fc.boolean() }),
    );
    const stored = fc.oneof(fc.string(), fc.record({ version: fc.constant(SAVED_RUNS_VERSION), nextRunNumber: fc.integer(), runs: fc.array(entry, { maxLength: 4 }) }).map((v) => JSON.stringify(v)));
    fc.assert(
      fc.property(stored, (text) => {
        memory.set(KEY, text);
        for (const loaded of loadRuns().runs) {
          expect(validateSpec(loaded.spec).ok).toBe(true);
          expect(loaded.id).toBeGreaterThanOrEqual(1);
          for (const p of loaded.history.points) expect(Number.isInteger(p.epoch)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are restored into the store on start, rewritten without bad entries, and saved on every change', () => {
    usePlayground.setState(usePlayground.getInitialState(), true);
    saveRuns([run(2)], 3);
    const stored = JSON.parse(memory.get(KEY)!);
    stored.runs.unshift({ nonsense: true });
    memory.set(KEY, JSON.stringify(stored));
    const stop = startRunRecorder(usePlayground);
    expect(usePlayground.getState().runs.map((r) => r.name)).toEqual(['Run 2']);
    expect(JSON.parse(memory.get(KEY)!).runs).toHaveLength(1);
    usePlayground.getState().removeRun(2);
    expect(loadRuns().runs).toEqual([]);
    expect(loadRuns().nextRunNumber).toBe(3);
    stop();
  });
});
