import { describe, expect, it } from 'vitest';
import { CHARACTER_ALPHABET } from '../../shared/characters';
import { DEFAULT_SPEC, cloneSpec } from '../../shared/defaults';
import { CHARACTER_TEXT, characterRows, encodeText, normalisedText } from './characters';

describe('the Characters dataset', () => {
  it('reads the rhymes in the alphabet only: lower case, sentence ends as full stops, one line break between rhymes', () => {
    expect(normalisedText("Who's there?\n\n\nIt's me-too!")).toBe('whos there.\nits me too.');
    expect(new Set(CHARACTER_TEXT).size).toBeLessThanOrEqual(CHARACTER_ALPHABET.length);
    for (const char of CHARACTER_TEXT) expect(CHARACTER_ALPHABET).toContain(char);
    expect(CHARACTER_TEXT.startsWith('twinkle, twinkle, little star,\nhow i wonder')).toBe(true);
    expect(CHARACTER_TEXT.length).toBeGreaterThan(2000);
  });

  it('makes one-hot windows of T characters, each with the character after it as its class, split in time', () => {
    const data = { ...cloneSpec(DEFAULT_SPEC).data, dataset: 'characters' as const, window: 5, trainPercent: 80 };
    const rows = characterRows(data);
    const K = CHARACTER_ALPHABET.length;
    const codes = encodeText(CHARACTER_TEXT);
    expect(rows.train.count + rows.test.count).toBe(CHARACTER_TEXT.length - 5);
    // Training window 3: characters 3..7, one-hot; its class is character 8.
    for (let t = 0; t < 5; t++) {
      const step = rows.train.x.subarray((3 * 5 + t) * K, (3 * 5 + t + 1) * K);
      expect(step.indexOf(1)).toBe(codes[3 + t]);
      expect(step.reduce((a, b) => a + b, 0)).toBe(1);
    }
    expect(rows.train.targets.values[3]).toBe(codes[8]);
    expect(rows.test.targets.values[0]).toBe(codes[rows.train.count + 5]);
    expect(rows.preview).toMatchObject({ kind: 'text', testStart: rows.train.count + 5, window: 5 });
  });
});
