import { describe, expect, it } from 'vitest';
import type { DataPreview } from '../../shared/dataContract';
import { setsInWords } from './setsInWords';

const preview = (kind: DataPreview['kind']) => ({ kind, trainCount: 1438, testCount: 359 }) as DataPreview;

describe('what the loss read-outs are over', () => {
  it('names the examples of each kind of data', () => {
    expect(setsInWords(preview('plane'))).toBe('Mean loss per example, over all 1,438 training and 359 test points, after the last epoch.');
    expect(setsInWords(preview('images'))).toContain('359 test images,');
    expect(setsInWords(preview('series'))).toContain('359 test windows,');
    expect(setsInWords(preview('text'))).toContain('359 test windows,');
    expect(setsInWords(preview('symbols'))).toContain('359 test sequences,');
    expect(setsInWords(null)).toBeNull();
  });
});
