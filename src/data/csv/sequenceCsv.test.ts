import { describe, expect, it } from 'vitest';
import { MEMORY_ALPHABET, shownCharacter } from '../../shared/characters';
import type { DataSpec, SequenceDatasetName } from '../../shared/spec';
import { sequenceRows } from '../sequences/sequenceData';
import { parseCsvText } from './parseCsv';
import { sequenceDataToCsv } from './sequenceCsv';

const dataOf = (dataset: SequenceDatasetName, extra: Partial<DataSpec> = {}): DataSpec => ({ dataset, noise: 10, trainPercent: 60, numPoints: 80, dataSeed: 3, table: null, window: 6, ...extra });

function parsed(data: DataSpec) {
  const result = parseCsvText(sequenceDataToCsv(data, data.dataset as SequenceDatasetName));
  if (!result.ok) throw new Error('the CSV does not parse');
  return result.table;
}

describe('sequence datasets as CSV', () => {
  it('a forecast: every step of the series once, split where the trainer splits it', () => {
    const data = dataOf('sineWave');
    const table = parsed(data);
    const { preview, train } = sequenceRows(data, 'sineWave');
    if (preview.kind !== 'series') throw new Error('expected a series');
    expect(table.headers).toEqual(['step', 'value', 'split']);
    expect(table.rows).toHaveLength(preview.values.length);
    const split = table.rows.map((row) => row[2]);
    expect(split.indexOf('train')).toBe(data.window);
    expect(split.indexOf('test')).toBe(preview.testStart);
    expect(Number(table.rows[7][1])).toBeCloseTo(preview.values[7], 5);
    expect(Number(table.rows[1][1])).toBeCloseTo(train.x[1], 5);
  });

  it('sunspots in their own units and years', () => {
    const table = parsed(dataOf('sunspots'));
    expect(table.headers).toEqual(['year', 'sunspots', 'split']);
    expect(table.rows[0][0]).toBe('1700');
    expect(Number(table.rows[0][1])).toBeGreaterThan(1);
  });

  it('the memory task: one sequence a row, with its first symbol, the test ones as the page shows them', () => {
    const data = dataOf('memory');
    const table = parsed(data);
    const { preview } = sequenceRows(data, 'memory');
    if (preview.kind !== 'symbols') throw new Error('expected symbols');
    expect(table.rows).toHaveLength(80);
    expect(table.rows.filter((row) => row[3] === 'train')).toHaveLength(preview.trainCount);
    const firstTest = table.rows[preview.trainCount];
    expect(firstTest[1]).toBe(Array.from(preview.symbols.subarray(0, 6), (s) => MEMORY_ALPHABET[s]).join(''));
    expect(firstTest[2]).toBe(firstTest[1][0]);
  });

  it('characters: the text one character a row, the test part from where the trainer starts it', () => {
    const data = dataOf('characters');
    const table = parsed(data);
    const { preview } = sequenceRows(data, 'characters');
    if (preview.kind !== 'text') throw new Error('expected text');
    expect(table.rows.map((row) => row[1]).join('')).toBe(Array.from(preview.text, shownCharacter).join(''));
    expect(table.rows.map((row) => preview.alphabet[Number(row[2])]).join('')).toBe(preview.text);
    expect(table.rows.findIndex((row) => row[3] === 'test')).toBe(preview.testStart);
  });
});
