import { describe, expect, it } from 'vitest';
import { rangeText, readNumberText } from './numberText';

const units = { min: 1, max: 512, integer: true };

describe('readNumberText', () => {
  it('accepts a value within the range', () => {
    expect(readNumberText('64', units)).toEqual({ ok: true, value: 64 });
    expect(readNumberText(' 0.03 ', { min: 1e-6, max: 10 })).toEqual({ ok: true, value: 0.03 });
  });

  it('refuses a value past either end, naming the whole range', () => {
    expect(readNumberText('600', units)).toEqual({ ok: false, problem: 'A whole number between 1 and 512' });
    expect(readNumberText('0', units)).toEqual({ ok: false, problem: 'A whole number between 1 and 512' });
    expect(readNumberText('100000', { min: 1, max: 2000, integer: true })).toEqual({ ok: false, problem: 'A whole number between 1 and 2000' });
  });

  it('refuses fractions where whole numbers are asked, and text that is no number', () => {
    expect(readNumberText('2.5', units).ok).toBe(false);
    expect(readNumberText('abc', units).ok).toBe(false);
    expect(readNumberText('Infinity', { min: 0, max: 1 }).ok).toBe(false);
  });

  it('reads an empty field as null only where empty means something', () => {
    expect(readNumberText('', { min: 1, max: 1_000_000, integer: true, emptyMeans: 'unlimited' })).toEqual({ ok: true, value: null });
    expect(readNumberText('  ', units)).toEqual({ ok: false, problem: 'Enter a number: a whole number between 1 and 512' });
  });
});

describe('rangeText', () => {
  it('says what empty means, and writes large bounds with separators', () => {
    expect(rangeText({ min: 1, max: 1_000_000, integer: true, emptyMeans: 'unlimited' })).toBe('A whole number between 1 and 1,000,000, or empty for unlimited');
    expect(rangeText({ min: 1e-6, max: 10 })).toBe('Between 0.000001 and 10');
  });
});
