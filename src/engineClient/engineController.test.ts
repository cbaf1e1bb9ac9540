import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import type { DataPreview } from '../shared/dataContract';
import type { ConfigureResult, StartResult } from '../shared/engineTypes';
import { createPlaygroundStore } from '../store/store';
import type { EngineClient, EngineClientEvents } from './engineClient';
import { EngineController } from './engineController';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fake engine that records every call in order; `start` answers what the test sets. */
function fakeEngine() {
  const calls: string[] = [];
  let runId = 0;
  let startAnswer: StartResult = { started: true };
  let failNext: string | null = null;
  let events: EngineClientEvents | null = null;
  const answer = async <T>(name: string, value: T): Promise<T> => {
    calls.push(name);
    if (failNext) {
      const message = failNext;
      failNext = null;
      throw new Error(message);
    }
    return value;
  };
  const PREVIEW: DataPreview = {
    kind: 'plane',
    plane: { axes: ['x1', 'x2'], ranges: [[-6, 6], [-6, 6]], inputs: { kind: 'features', features: ['x1', 'x2'] } },
    train: { u: new Float32Array(0), v: new Float32Array(0), labels: new Float32Array(0) },
    test: { u: new Float32Array(0), v: new Float32Array(0), labels: new Float32Array(0) },
    trainCount: 0,
    testCount: 0,
  };
  const client: EngineClient = {
    configure: (spec) => answer(`configure lr=${spec.training.learningRate}`, { runId: ++runId, backend: 'cpu', requested: 'auto', trials: [], fallback: null, refusal: null, preview: PREVIEW } satisfies ConfigureResult),
    exportModel: () => answer('export', { modelJson: {} as never, weightData: new ArrayBuffer(0) }),
    importModel: () => answer('import', { runId: ++runId, backend: 'cpu', requested: 'auto', trials: [], fallback: null, refusal: null, preview: PREVIEW }),
    start: () => answer('start', startAnswer),
    pause: () => answer('pause', undefined),
    step: () => answer('step', undefined),
    reset: () => answer('reset', undefined),
    setParameter: () => answer('setParameter', undefined),
    trainingRows: () => answer('trainingRows', null),
    chooseImage: () => answer('chooseImage', undefined),
  };
  return {
    calls,
    createClient: (e: EngineClientEvents) => ((events = e), client),
    answerStart: (value: StartResult) => (startAnswer = value),
    failNext: (message: string) => (failNext = message),
    restart: (reason: string) => events!.onRestart(reason),
  };
}

function connected(restored: string | null = null) {
  const store = createPlaygroundStore();
  const engine = fakeEngine();
  const queries: string[] = [];
  const controller = new EngineController(store, { createClient: engine.createClient, nextFrame: async () => undefined, writeQuery: (q) => queries.push(q) });
  const restores: number[] = [];
  controller.connect(async (spec) => (restores.push(spec.training.learningRate), restored));
  return { store, engine, controller, queries, restores };
}

const withLearningRate = (learningRate: number) => {
  const spec = cloneSpec(DEFAULT_SPEC);
  spec.training.learningRate = learningRate;
  return spec;
};

describe('EngineController', () => {
  it('configures on connect and on every spec change, in order, and writes the URL', async () => {
    const { store, engine, queries } = connected();
    store.getState().setSpec(withLearningRate(0.1));
    store.getState().setSpec(withLearningRate(0.2));
    await settle();
    expect(engine.calls).toEqual(['configure lr=0.03', 'configure lr=0.1', 'configure lr=0.2']);
    expect(queries.at(-1)).toContain('lr=0.2');
    expect(store.getState().configuring).toBe(false);
  });

  it('holds a command back while data is read, until the network that data sets up is built', async () => {
    const { store, engine, controller } = connected();
    const reading = deferred();
    controller.setUpBeforeCommands(reading.promise);
    const stepped = controller.command('step');
    await settle();
    expect(engine.calls).toEqual(['configure lr=0.03']);
    expect(store.getState().configuring).toBe(true);
    // The data arrives and changes the spec; only then does the step go, after its configure.
    store.getState().setSpec(withLearningRate(0.5));
    reading.resolve();
    await stepped;
    expect(engine.calls).toEqual(['configure lr=0.03', 'configure lr=0.5', 'step']);
    await settle();
    expect(store.getState().configuring).toBe(false);
  });

  it('keeps a refused Train in the store, and clears it on the next accepted one', async () => {
    const { store, engine, controller } = connected();
    engine.answerStart({ started: false, reason: 'epochLimitReached', epoch: 20, limit: 20 });
    await controller.command('start');
    expect(store.getState().startRefusal).toEqual({ epoch: 20, limit: 20 });
    engine.answerStart({ started: true });
    await controller.command('start');
    expect(store.getState().startRefusal).toBeNull();
  });

  it('turns a failing command into a message instead of a rejection', async () => {
    const { store, engine, controller } = connected();
    await settle();
    engine.failNext('worker gone');
    await expect(controller.command('pause')).resolves.toBeUndefined();
    expect(store.getState().engineMessage).toBe('The engine did not respond: worker gone');
  });

  it('after a worker restart configures the current settings again and restores the saved weights', async () => {
    const { store, engine, restores } = connected('Restored epoch 12.');
    store.getState().setSpec(withLearningRate(0.3));
    await settle();
    engine.restart('it stopped answering');
    await settle();
    expect(engine.calls.at(-1)).toBe('configure lr=0.3');
    expect(restores).toEqual([0.3]);
    expect(store.getState().engineMessage).toBe('The training engine stopped (it stopped answering) and was restarted with your settings. Restored epoch 12.');
  });

  it('does not configure again the spec an imported model brought (the worker already runs it)', async () => {
    const { store, engine, controller } = connected();
    await settle();
    const model = { metadata: { spec: withLearningRate(0.7) } } as never;
    await controller.importModel(model, null);
    await settle();
    expect(engine.calls).toEqual(['configure lr=0.03', 'import']);
    expect(store.getState().spec.training.learningRate).toBe(0.7);
  });
});
