import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { ImportableModel } from '../shared/modelImportSchema';
import type { TrainingData } from '../data/trainingData';
import type { PlaygroundModel } from './model';
import { Trainer } from './trainer';
import { errorMessage } from '../shared/async';

/** Loads exported files with tfjs's own loader, as anyone using the model elsewhere would. */
export async function loadExportedModel(model: ImportableModel): Promise<tfl.LayersModel> {
  const { modelJson, weightData } = model;
  try {
    return await tfl.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology as tf.io.ModelArtifacts['modelTopology'],
        weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights) as tf.io.WeightsManifestEntry[],
        weightData,
      }),
    );
  } catch (error) {
    throw new Error(`TensorFlow.js could not read the model: ${errorMessage(error)}`);
  }
}

/** Why the loaded weights cannot go into the network its settings describe, or null when they fit. */
export function weightsMismatch(expected: PlaygroundModel, loaded: tfl.LayersModel): string | null {
  const want = expected.model.weights.map((w) => w.shape);
  const have = loaded.weights.map((w) => w.shape);
  if (want.length !== have.length) return `The model has ${have.length} weight tensors, but its settings describe ${want.length}.`;
  const index = want.findIndex((shape, i) => shape.join('x') !== have[i].join('x'));
  if (index >= 0) return `Weight ${index + 1} has shape [${have[index].join(', ')}], but the network needs [${want[index].join(', ')}].`;
  return null;
}

/**
 * A new run holding an exported model's weights and epoch, built and checked before anything of
 * the current run is replaced; throws (leaving no tensor behind) when the files do not fit.
 */
export async function trainerFromExport(model: ImportableModel, data: TrainingData): Promise<Trainer> {
  const loaded = await loadExportedModel(model);
  let candidate: Trainer | null = null;
  try {
    candidate = new Trainer(model.metadata.spec, data);
    const mismatch = weightsMismatch(candidate.built, loaded);
    if (mismatch) throw new Error(mismatch);
    candidate.built.model.setWeights(loaded.getWeights());
    candidate.epoch = model.metadata.finalLosses?.epoch ?? 0;
    return candidate;
  } catch (error) {
    candidate?.dispose();
    throw error;
  } finally {
    loaded.dispose();
  }
}
