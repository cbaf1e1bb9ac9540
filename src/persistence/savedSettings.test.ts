import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../shared/defaults';
import { validateSpec } from '../shared/specSchema';
import { loadSettings, saveSettings, SAVED_VERSION } from './savedSettings';
import { installMemoryStorage } from './memoryStorage';

const memory = installMemoryStorage();
const KEY = 'neural-playground/settings';

beforeEach(() => memory.clear());

describe('saved settings', () => {
  it('come back exactly as saved', () => {
    saveSettings(DEFAULT_SPEC);
    expect(loadSettings()).toEqual({ spec: DEFAULT_SPEC, notice: null });
  });

  it('from an older version are discarded with a notice, not misread', () => {
    memory.set(KEY, JSON.stringify({ version: SAVED_VERSION - 1, spec: { layers: '4,2' } }));
    const loaded = loadSettings();
    expect(loaded.spec).toBeNull();
    expect(loaded.notice).toMatch(/from version 0 of the page.*discarded/);
    expect(memory.has(KEY)).toBe(false);
  });

  it('never throw and never accept an invalid spec, whatever is stored', () => {
    const stored = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ version: fc.constantFrom(SAVED_VERSION, 0, 2), spec: fc.oneof(fc.json(), fc.constant(DEFAULT_SPEC), fc.constant({ ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, batchSize: -4 } })) }).map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(stored, (text) => {
        memory.set(KEY, text);
        const loaded = loadSettings();
        if (loaded.spec) expect(validateSpec(loaded.spec).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
