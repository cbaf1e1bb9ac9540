import * as tf from '@tensorflow/tfjs-core';
import * as Comlink from 'comlink';
import type { TableDataset } from '../data/csv/tableDataset';
import type { EngineApi, ExportedModel, ParameterRef, Snapshot } from '../shared/engineTypes';
import type { PlaygroundSpec } from '../shared/spec';
import { validateSpec } from '../shared/specSchema';
import type { ImageChoice } from '../shared/imagePictures';
import type { PlaygroundModelMetadata } from '../shared/modelExport';
import type { ImportableModel } from '../shared/modelImportSchema';
import { loseWebglContext } from './backends';
import { EngineSession } from './session';
import { stockLstmSamplesPerSecond } from './lstmReference';
import { runWideBenchmark } from './wideBenchmark';

let session: EngineSession | null = null;

function requireSession(): EngineSession {
  if (!session) throw new Error('The engine was not connected: call connect first.');
  return session;
}

/** The engine interface (declared in shared/engineTypes.ts); the page wraps it with comlink. */
const api = {
  connect(onSnapshot: (snapshot: Snapshot) => Promise<void>): void {
    session = new EngineSession((snapshot, transfer) => onSnapshot(Comlink.transfer(snapshot, transfer)));
  },
  async configure(spec: PlaygroundSpec, table?: TableDataset | null) {
    // The worker trusts nothing it is sent: a bad spec is refused here too, not only in the page.
    const checked = validateSpec(spec);
    if (!checked.ok) throw new Error(`Invalid network settings: ${checked.errors.join('; ')}`);
    return requireSession().configure(checked.spec, table);
  },
  async exportModel(metadata: PlaygroundModelMetadata): Promise<ExportedModel> {
    const exported = await requireSession().exportModel(metadata);
    return Comlink.transfer(exported, [exported.weightData]);
  },
  importModel: (model: ImportableModel, table?: TableDataset | null) => requireSession().importModel(model, table),
  ping: () => true,
  start: () => requireSession().start(),
  pause: () => requireSession().pause(),
  step: () => requireSession().step(),
  reset: () => requireSession().reset(),
  setParameter: async (ref: ParameterRef, value: number) => requireSession().setParameter(ref, value),
  chooseImage: async (choice: ImageChoice) => requireSession().chooseImage(choice),
  // Copies: the run keeps its rows.
  trainingRows: async () => structuredClone(requireSession().trainingRows()),
} satisfies EngineApi;

Comlink.expose(api);

// Measurement hooks for `npm run bench`, which drives the worker directly through Playwright; the
// page never calls them. Kept out of the comlink interface so that the UI cannot depend on them.
Object.assign(self, {
  __engineBench: {
    wide: runWideBenchmark,
    stockLstm: stockLstmSamplesPerSecond,
    memory: () => ({ numTensors: tf.memory().numTensors, numBytes: tf.memory().numBytes }),
    // Lets end-to-end tests compare the page's model with an exported copy loaded elsewhere.
    loseWebglContext,
    predict: (inputs: number[], count: number) => Array.from(requireSession().predict(Float32Array.from(inputs), count)),
  },
});
