import { describe, expect, it } from 'vitest';
import { buildTrainingData } from '../data/trainingData';
import { DEFAULT_SPEC, cloneSpec } from '../shared/defaults';
import { activeBackend } from './backends';
import { chooseBackend } from './backendChoice';

describe('backend choice', () => {
  it('falls back to a backend that starts when the requested one cannot (webgl has no GPU in Node)', async () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.training.backend = 'webgl';
    const decision = await chooseBackend(spec, buildTrainingData(spec, null)!);
    expect(decision.backend).not.toBe('webgl');
    expect(activeBackend()).toBe(decision.backend);
    expect(decision.fallbackMessage).toMatch(/^The WebGL \(GPU\) backend could not start .*; training on (WebAssembly|CPU \(plain JS\)) instead\.$/);
  });

  it('uses a forced backend that starts, without a message', async () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.training.backend = 'cpu';
    const decision = await chooseBackend(spec, buildTrainingData(spec, null)!);
    expect(decision).toMatchObject({ backend: 'cpu', fallbackMessage: null });
  });

  it('"auto" measures every backend that starts and picks the fastest measured one', async () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    const decision = await chooseBackend(spec, buildTrainingData(spec, null)!);
    const measured = decision.trials.filter((t) => t.msPerEpoch !== null && !t.lowerBound);
    expect(measured.map((t) => t.backend)).toContain('cpu');
    const best = measured.reduce((a, b) => (a.msPerEpoch! <= b.msPerEpoch! ? a : b));
    expect(decision.backend).toBe(best.backend);
    expect(decision.trials.find((t) => t.backend === 'webgl')?.msPerEpoch).toBeNull();
  });
});
