import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import type { LossPoint, Snapshot } from '../shared/engineTypes';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import { checkModelFiles } from '../shared/modelImportSchema';
import { EngineSession } from './session';

function cpuSpec() {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.training.backend = 'cpu';
  return spec;
}

function page() {
  const snapshots: Snapshot[] = [];
  return { snapshots, sink: async (snapshot: Snapshot) => void snapshots.push(snapshot) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 120));
/** The first layer's weight from input 0 to unit 1, as the latest snapshot with pictures shows it. */
const shownWeight = (snapshots: Snapshot[]) => {
  const weights = snapshots.filter((s) => s.pictures).at(-1)!.pictures!.weights[0];
  return weights.kernel[0 * weights.units + 1];
};

describe('EngineSession, hands on', () => {
  it('a typed weight is in the next snapshot at once, and training goes on from it', async () => {
    const view = page();
    const session = new EngineSession(view.sink);
    await session.configure(cpuSpec());
    await session.step();
    await settle();
    session.setParameter({ kind: 'weight', layer: 0, from: 0, to: 1 }, 2.5);
    await settle();
    expect(shownWeight(view.snapshots)).toBeCloseTo(2.5, 6);
    await session.step();
    await settle();
    expect(Math.abs(shownWeight(view.snapshots) - 2.5)).toBeLessThan(0.5);
    expect(() => session.setParameter({ kind: 'bias', layer: 9, to: 0 }, 1)).toThrow(/no weights/);
    await session.reset();
  });

  it("an imported model's loss history comes with the first snapshot of its run", async () => {
    const view = page();
    const session = new EngineSession(view.sink);
    const spec = cpuSpec();
    await session.configure(spec);
    for (let i = 0; i < 3; i++) await session.step();
    await settle();
    const history: LossPoint[] = view.snapshots.flatMap((s) => s.newLosses);
    const metadata = { version: 1, spec, inputs: [], standardization: null, classNames: null, finalLosses: history.at(-1)!, lossHistory: history, exportedAt: '' } as PlaygroundModelMetadata;
    const exported = await session.exportModel(metadata);
    const check = checkModelFiles([
      { name: 'model.json', text: JSON.stringify(exported.modelJson) },
      { name: 'model.weights.bin', bytes: exported.weightData },
    ]);
    if (!check.ok) throw new Error(check.error);
    view.snapshots.length = 0;
    await session.importModel(check.model, null);
    await settle();
    expect(view.snapshots[0].epoch).toBe(3);
    expect(view.snapshots[0].newLosses.map((p) => p.epoch)).toEqual([0, 1, 2, 3]);
    await session.reset();
  });
});
