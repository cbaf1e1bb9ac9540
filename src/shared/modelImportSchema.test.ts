import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from './defaults';
import { toBase64 } from './modelExport';
import { checkModelFiles } from './modelImportSchema';

const weights = [{ name: 'dense/kernel', shape: [2, 3], dtype: 'float32' }];
const modelJson = (spec: unknown = DEFAULT_SPEC) => ({
  modelTopology: { class_name: 'Sequential' },
  format: 'layers-model',
  weightsManifest: [{ paths: ['./model.weights.bin'], weights }],
  userDefinedMetadata: { playground: { version: 1, spec } },
});
const bytes = new Float32Array(6).buffer;
const errorOf = (files: Parameters<typeof checkModelFiles>[0]) => {
  const result = checkModelFiles(files);
  return result.ok ? null : result.error;
};

describe('checking model files before import', () => {
  it('accepts model.json with its weights, and the single JSON', () => {
    expect(checkModelFiles([{ name: 'model.json', text: JSON.stringify(modelJson()) }, { name: 'model.weights.bin', bytes }]).ok).toBe(true);
    const single = { format: 'neural-playground-model', version: 1, modelJson: modelJson(), weightDataBase64: toBase64(bytes) };
    expect(checkModelFiles([{ name: 'neural-playground-model.json', text: JSON.stringify(single) }]).ok).toBe(true);
  });

  it('refuses what is not a playground model, each with its own reason', () => {
    expect(errorOf([{ name: 'model.json', text: '{not json' }])).toBe('model.json is not JSON.');
    expect(errorOf([{ name: 'model.json', text: JSON.stringify(modelJson()) }])).toMatch(/needs its weights file \(model.weights.bin\)/);
    expect(errorOf([{ name: 'data.json', text: JSON.stringify({ hello: 'world' }) }, { name: 'w.bin', bytes }])).toMatch(/not a model the playground can load/);
    const foreign = { ...modelJson(), userDefinedMetadata: {} };
    expect(errorOf([{ name: 'model.json', text: JSON.stringify(foreign) }, { name: 'w.bin', bytes }])).toMatch(/no playground metadata/);
    expect(errorOf([{ name: 'model.json', text: JSON.stringify(modelJson()) }, { name: 'w.bin', bytes: new ArrayBuffer(10) }])).toMatch(/weights are 10 bytes, but the model needs 24/);
    const badSpec = modelJson({ ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, batchSize: 0 } });
    expect(errorOf([{ name: 'model.json', text: JSON.stringify(badSpec) }, { name: 'w.bin', bytes }])).toMatch(/settings are not valid: Batch size must be at least 1/);
    expect(errorOf([{ name: 'weights.bin', bytes }])).toMatch(/Choose a model exported by the playground/);
  });
});


describe('model files from anywhere', () => {
  it('never throws, whatever the JSON and the bytes', () => {
    const json = fc.oneof(fc.string(), fc.json(), fc.constant(JSON.stringify(modelJson())), fc.constant(JSON.stringify({ format: 'neural-playground-model', modelJson: modelJson(), weightDataBase64: '%%%' })));
    fc.assert(
      fc.property(json, fc.uint8Array({ maxLength: 64 }), (text, raw) => {
        const result = checkModelFiles([{ name: 'model.json', text }, { name: 'model.weights.bin', bytes: raw.buffer as ArrayBuffer }]);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
