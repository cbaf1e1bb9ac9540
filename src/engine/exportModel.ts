import * as tf from '@tensorflow/tfjs-core';
import type { ExportedModel } from '../shared/engineTypes';
import { WEIGHTS_FILE, type ModelJson, type PlaygroundModelMetadata } from '../shared/modelExport';
import type { Trainer } from './trainer';

/**
 * The trained tf.LayersModel in the TensorFlow.js Layers format, exactly as tfjs's own
 * `downloads://` handler would write it (model.json + one weights file), metadata included.
 */
export async function exportLayersModel(trainer: Trainer, metadata: PlaygroundModelMetadata): Promise<ExportedModel> {
  const { model } = trainer.built;
  model.setUserDefinedMetadata({ playground: metadata });
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (saved) => {
      artifacts = saved;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const saved = artifacts as tf.io.ModelArtifacts | null;
  if (!saved?.weightSpecs || !saved.weightData) throw new Error('tfjs did not hand over the model weights');
  return {
    modelJson: {
      modelTopology: saved.modelTopology,
      format: saved.format,
      generatedBy: saved.generatedBy,
      convertedBy: saved.convertedBy ?? null,
      weightsManifest: [{ paths: [`./${WEIGHTS_FILE}`], weights: saved.weightSpecs }],
      userDefinedMetadata: saved.userDefinedMetadata as ModelJson['userDefinedMetadata'],
    },
    weightData: tf.io.CompositeArrayBuffer.join(saved.weightData),
  };
}
