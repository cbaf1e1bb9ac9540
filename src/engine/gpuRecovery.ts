import * as tf from '@tensorflow/tfjs-core';
import type { TrainingData } from '../data/trainingData';
import { BACKEND_LABELS } from '../shared/displayNames';
import type { BackendName, PlaygroundSpec } from '../shared/spec';
import { activateBackend, markBackendFailed, webglContextLost } from './backends';
import { Trainer } from './trainer';

const COPY_INTERVAL_MS = 1000;

/**
 * A lost WebGL context takes the weights on the GPU with it. This keeps a copy in memory (read back
 * about once a second while training on WebGL) and rebuilds the run from it on another backend.
 */
export class GpuWeightKeeper {
  private copy: { epoch: number; shapes: number[][]; values: Float32Array[] } | null = null;
  private readAt = 0;

  keep(trainer: Trainer, backend: BackendName): void {
    const now = performance.now();
    if (backend !== 'webgl' || now - this.readAt < COPY_INTERVAL_MS || webglContextLost()) return;
    this.readAt = now;
    const weights = trainer.built.model.getWeights();
    this.copy = { epoch: trainer.epoch, shapes: weights.map((w) => w.shape), values: weights.map((w) => (w.dataSync() as Float32Array).slice()) };
  }

  /** The run rebuilt on wasm (or cpu) from the kept weights, with what to tell the learner; null when no backend starts. */
  async recover(spec: PlaygroundSpec, data: TrainingData, lost: Trainer | null): Promise<{ trainer: Trainer; backend: BackendName; notice: string } | null> {
    markBackendFailed('webgl', 'its GPU context was lost');
    const backend = (await activateBackend('wasm')) ? 'wasm' : (await activateBackend('cpu')) ? 'cpu' : null;
    if (!backend) return null;
    try {
      lost?.dispose();
    } catch {
      // Its tensors lived on the lost context.
    }
    const trainer = new Trainer(spec, data);
    const copy = this.copy;
    if (copy) {
      const tensors = copy.values.map((values, i) => tf.tensor(values, copy.shapes[i]));
      trainer.built.model.setWeights(tensors);
      tf.dispose(tensors);
      trainer.epoch = copy.epoch;
    }
    const notice = `The GPU (WebGL) context was lost at epoch ${lost?.epoch ?? 0}. Training continues on ${BACKEND_LABELS[backend]} from epoch ${trainer.epoch}, with the last weights read back from the GPU.`;
    return { trainer, backend, notice };
  }
}
