import { z } from './zodSetup';
import { fromBase64, WEIGHTS_FILE, type ModelJson, type PlaygroundModelMetadata } from './modelExport';
import { validateSpec } from './specSchema';
import { errorMessage } from './async';
import { importedLossHistory } from './importedHistory';

const NOT_OURS = 'it was not exported by Neural Playground (no playground metadata)';

const modelJsonSchema = z.object({
  modelTopology: z.record(z.string(), z.unknown(), { error: 'it has no model topology' }),
  weightsManifest: z
    .array(z.object({ paths: z.array(z.string()), weights: z.array(z.object({ name: z.string(), shape: z.array(z.number()), dtype: z.string() })) }))
    .min(1, { error: 'it lists no weights' }),
  userDefinedMetadata: z.object(
    { playground: z.object({ version: z.literal(1), spec: z.unknown() }, { error: NOT_OURS }).passthrough() },
    { error: NOT_OURS },
  ),
});

export interface ImportableModel {
  modelJson: ModelJson;
  weightData: ArrayBuffer;
  metadata: PlaygroundModelMetadata;
}

export type ModelFileCheck = { ok: true; model: ImportableModel } | { ok: false; error: string };

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON.`);
  }
}

/** Validates an exported model file (or model.json and its weights) before anything is changed. */
export function checkModelFiles(files: Array<{ name: string; text?: string; bytes?: ArrayBuffer }>): ModelFileCheck {
  try {
    const jsonFile = files.find((f) => f.name.toLowerCase().endsWith('.json'));
    if (!jsonFile?.text) return { ok: false, error: 'Choose a model exported by the playground: model.json with model.weights.bin, or the single JSON file.' };
    const value = parseJson(jsonFile.text, jsonFile.name) as Record<string, unknown>;
    let modelJsonValue: unknown;
    let weightData: ArrayBuffer;
    if (value && value.format === 'neural-playground-model') {
      if (typeof value.weightDataBase64 !== 'string') return { ok: false, error: `${jsonFile.name} has no weights inside it.` };
      modelJsonValue = value.modelJson;
      weightData = fromBase64(value.weightDataBase64);
    } else {
      const weightsFile = files.find((f) => f.bytes && !f.name.toLowerCase().endsWith('.json'));
      if (!weightsFile?.bytes) return { ok: false, error: `${jsonFile.name} needs its weights file (${WEIGHTS_FILE}): choose both files together.` };
      modelJsonValue = value;
      weightData = weightsFile.bytes;
    }
    const parsed = modelJsonSchema.safeParse(modelJsonValue);
    if (!parsed.success) return { ok: false, error: `${jsonFile.name} is not a model the playground can load: ${parsed.error.issues[0]?.message}.` };
    const expectedBytes = parsed.data.weightsManifest.flatMap((g) => g.weights).reduce((sum, w) => sum + 4 * w.shape.reduce((a, b) => a * b, 1), 0);
    if (weightData.byteLength !== expectedBytes) {
      return { ok: false, error: `The weights are ${weightData.byteLength} bytes, but the model needs ${expectedBytes}: the files do not belong together or one is damaged.` };
    }
    const spec = validateSpec(parsed.data.userDefinedMetadata.playground.spec);
    if (!spec.ok) return { ok: false, error: `The model's settings are not valid: ${spec.errors[0]}.` };
    const raw = parsed.data.userDefinedMetadata.playground as unknown as PlaygroundModelMetadata;
    const finalEpoch = typeof raw.finalLosses?.epoch === 'number' ? raw.finalLosses.epoch : null;
    const metadata = { ...raw, spec: spec.spec, lossHistory: importedLossHistory(raw.lossHistory, finalEpoch) };
    return { ok: true, model: { modelJson: parsed.data as unknown as ModelJson, weightData, metadata } };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
