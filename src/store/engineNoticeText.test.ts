import { describe, expect, it } from 'vitest';
import { engineNoticeText } from './engineNoticeText';

describe('engineNoticeText', () => {
  it('words a divergence with its epoch and learning rate', () => {
    const text = engineNoticeText({ kind: 'diverged', epoch: 12, learningRate: 3 });
    expect(text).toContain('Training stopped at epoch 12');
    expect(text).toContain('The learning rate (3) is probably too high');
  });

  it('words a lost GPU that training survived, naming both epochs and the new backend', () => {
    expect(engineNoticeText({ kind: 'gpuLostResumed', lostAtEpoch: 40, backend: 'wasm', resumedAtEpoch: 38 })).toBe(
      'The GPU (WebGL) context was lost at epoch 40. Training continues on WebAssembly from epoch 38, with the last weights read back from the GPU.',
    );
  });

  it('words a backend fallback with its reason', () => {
    expect(engineNoticeText({ kind: 'backendFallback', requested: 'webgl', reason: 'no WebGL2', used: 'wasm' })).toBe(
      'The WebGL (GPU) backend could not start (no WebGL2); training on WebAssembly instead.',
    );
  });
});
