import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import type { Snapshot } from '../shared/engineTypes';
import { EngineSession } from './session';
import { Trainer } from './trainer';

function cpuSpec() {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.training.backend = 'cpu';
  return spec;
}

/** A page that takes `ackMs` to acknowledge each snapshot, and records how many were ever in flight. */
function slowPage(ackMs: number) {
  const snapshots: Snapshot[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const sink = async (snapshot: Snapshot) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    snapshots.push(snapshot);
    await new Promise((resolve) => setTimeout(resolve, ackMs));
    inFlight--;
  };
  return { sink, snapshots, maxInFlight: () => maxInFlight };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

describe('EngineSession', () => {
  it('steps exactly one epoch and reports every epoch loss once, in order', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    const configured = await session.configure(cpuSpec());
    expect(configured.backend).toBe('cpu');
    await session.step();
    await session.step();
    await settle();
    const last = page.snapshots.at(-1)!;
    expect(last.epoch).toBe(2);
    expect(last.status).toBe('paused');
    expect(page.snapshots.flatMap((s) => s.newLosses).map((p) => p.epoch)).toEqual([0, 1, 2]);
    await session.reset();
  });

  it('keeps training while a slow page catches up, with never more than one snapshot in flight', async () => {
    const page = slowPage(40);
    const session = new EngineSession(page.sink);
    await session.configure(cpuSpec());
    await session.start();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await session.pause();
    await settle();
    const last = page.snapshots.at(-1)!;
    expect(page.maxInFlight()).toBe(1);
    // Far more epochs than snapshots: training did not wait for the page.
    expect(last.epoch).toBeGreaterThan(page.snapshots.length);
    const epochs = page.snapshots.flatMap((s) => s.newLosses).map((p) => p.epoch);
    expect(epochs).toEqual(Array.from({ length: last.epoch + 1 }, (_, i) => i));
  });

  it('stops by itself at the requested number of epochs', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    const spec = cpuSpec();
    spec.training.epochs = 7;
    await session.configure(spec);
    await session.start();
    await expect.poll(() => page.snapshots.at(-1)?.status, { timeout: 10_000 }).toBe('done');
    expect(page.snapshots.at(-1)!.epoch).toBe(7);
  });

  it('gives each reset a new run id and frees the previous run', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    const { runId } = await session.configure(cpuSpec());
    await session.step();
    const tensorsAfterFirstRun = tf.memory().numTensors;
    await session.reset();
    await session.step();
    await settle();
    expect(page.snapshots.at(-1)!.runId).toBe(runId + 1);
    expect(tf.memory().numTensors).toBe(tensorsAfterFirstRun);
  });

  it('applies a new learning rate to the running run instead of restarting it', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    const spec = cpuSpec();
    const { runId } = await session.configure(spec);
    await session.step();
    spec.training.learningRate = 0.1;
    const again = await session.configure(cloneSpec(spec));
    await settle();
    expect(again.runId).toBe(runId);
    expect(page.snapshots.at(-1)!.epoch).toBe(1);
  });

  it('trains on Train after a Step, however fast that step finished (the loop is owned, not leaked)', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    await session.configure(cpuSpec());
    await session.start();
    await expect.poll(() => page.snapshots.at(-1)?.epoch ?? 0, { timeout: 10_000 }).toBeGreaterThan(3);
    await session.pause();
    // Warm kernels make each of these steps end inside the first time slice, without an await.
    for (let i = 0; i < 3; i++) await session.step();
    await settle();
    const afterSteps = page.snapshots.at(-1)!.epoch;
    expect(page.snapshots.at(-1)!.status).toBe('paused');
    await session.start();
    await expect.poll(() => page.snapshots.at(-1)?.epoch ?? 0, { timeout: 10_000 }).toBeGreaterThan(afterSteps + 3);
    expect(page.snapshots.at(-1)!.status).toBe('training');
    await session.pause();
    await settle();
    expect(page.snapshots.at(-1)!.status).toBe('paused');
    await session.reset();
    await session.start();
    await expect.poll(() => page.snapshots.at(-1)?.epoch ?? 0, { timeout: 10_000 }).toBeGreaterThan(2);
    await session.pause();
  });

  it('refuses to start at or past the epoch limit, with the epoch and the limit, and trains once it is raised', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    const spec = cpuSpec();
    spec.training.epochs = 3;
    await session.configure(spec);
    await session.start();
    await expect.poll(() => page.snapshots.at(-1)?.status, { timeout: 10_000 }).toBe('done');
    expect(await session.start()).toEqual({ started: false, reason: 'epochLimitReached', epoch: 3, limit: 3 });
    spec.training.epochs = 6;
    await session.configure(cloneSpec(spec));
    expect(await session.start()).toEqual({ started: true });
    await expect.poll(() => page.snapshots.at(-1)?.epoch, { timeout: 10_000 }).toBe(6);
    await settle();
    expect(page.snapshots.at(-1)!.status).toBe('done');
  });

  it('a learning rate changed during the run is the one the next steps use (fails if it is dropped)', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    const spec = cpuSpec();
    await session.configure(spec);
    await session.step();
    spec.training.learningRate = 1e-9;
    await session.configure(cloneSpec(spec));
    await session.step();
    await session.step();
    await settle();
    const losses = page.snapshots.flatMap((s) => s.newLosses);
    expect(losses.map((p) => p.epoch)).toEqual([0, 1, 2, 3]);
    // Epoch 1 moved at 0.03; at 1e-9 the next two epochs leave the loss where it was.
    expect(Math.abs(losses[1].train - losses[0].train)).toBeGreaterThan(1e-4);
    expect(Math.abs(losses[3].train - losses[1].train)).toBeLessThan(1e-6);
  });

  it('a Train pressed during a Step turns it into a Train (it is not dropped)', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    // 1,000 points one at a time: an epoch takes many time slices, so the Train lands inside the Step.
    const spec = cpuSpec();
    spec.data.numPoints = 1000;
    spec.training.optimizer = 'sgd';
    await session.configure(spec);
    const stepping = session.step();
    expect(await session.start()).toEqual({ started: true });
    await stepping;
    await expect.poll(() => page.snapshots.at(-1)?.epoch ?? 0, { timeout: 20_000 }).toBeGreaterThan(2);
    expect(page.snapshots.at(-1)!.status).toBe('training');
    await session.pause();
  });

  it('an epoch limit lowered below the epoch reached while training ends the run as done and says so; a learning-rate change shows no pause', async () => {
    const page = slowPage(1);
    const session = new EngineSession(page.sink);
    const spec = cpuSpec();
    await session.configure(spec);
    await session.start();
    await expect.poll(() => page.snapshots.at(-1)?.epoch ?? 0, { timeout: 10_000 }).toBeGreaterThan(4);
    spec.training.learningRate = 0.01;
    await session.configure(cloneSpec(spec));
    await expect.poll(() => page.snapshots.at(-1)?.epoch ?? 0, { timeout: 10_000 }).toBeGreaterThan(8);
    expect(page.snapshots.map((s) => s.status)).not.toContain('paused');
    spec.training.epochs = 3;
    const result = await session.configure(cloneSpec(spec));
    expect(result.refusal).toMatchObject({ limit: 3 });
    expect(result.refusal!.epoch).toBeGreaterThan(8);
    await expect.poll(() => page.snapshots.at(-1)?.status, { timeout: 10_000 }).toBe('done');
  });

  it('a pause asked for while a lost GPU is being recovered holds (the loop does not train on)', async () => {
    const page = slowPage(1);
    let lost = false;
    let recovering = false;
    let finishRecovery!: () => void;
    const recovered = new Promise<void>((resolve) => (finishRecovery = resolve));
    const session: EngineSession = new EngineSession(page.sink, {
      contextLost: () => lost,
      weights: {
        keep: () => undefined,
        recover: async (spec, data) => {
          recovering = true;
          await recovered;
          lost = false;
          return { trainer: new Trainer(spec, data), backend: 'cpu', notice: { kind: 'gpuLostResumed', lostAtEpoch: 1, backend: 'cpu', resumedAtEpoch: 0 } };
        },
      },
    });
    await session.configure(cpuSpec());
    await session.start();
    await expect.poll(() => page.snapshots.at(-1)?.epoch ?? 0, { timeout: 10_000 }).toBeGreaterThan(1);
    lost = true;
    await expect.poll(() => recovering, { timeout: 10_000 }).toBe(true);
    const paused = session.pause();
    finishRecovery();
    await paused;
    await expect.poll(() => page.snapshots.at(-1)?.status, { timeout: 10_000 }).toBe('paused');
    const epoch = page.snapshots.at(-1)!.epoch;
    await settle();
    expect(page.snapshots.at(-1)!.epoch).toBe(epoch);
    expect(page.snapshots.at(-1)!.notice).toMatchObject({ kind: 'gpuLostResumed' });
    await session.reset();
  });
});
