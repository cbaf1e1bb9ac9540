import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, cloneSpec } from '../../shared/defaults';
import type { DataSpec, SequenceDatasetName } from '../../shared/spec';
import { forecastSeries, memorySequences, oneHotSymbols, sequenceRows, windowsOf } from './sequenceData';
import { SUNSPOTS } from './sunspotsData';

const data = (dataset: SequenceDatasetName, extra: Partial<DataSpec> = {}): DataSpec => ({ ...cloneSpec(DEFAULT_SPEC).data, dataset, ...extra });

describe('sequence data', () => {
  it('generates each wave from its seed: the same seed the same series, another seed other noise', () => {
    for (const wave of ['sineWave', 'squareWave', 'sawtoothWave', 'twoSines'] as const) {
      const a = forecastSeries(wave, 200, 20, 3);
      expect(a).toEqual(forecastSeries(wave, 200, 20, 3));
      expect(a).not.toEqual(forecastSeries(wave, 200, 20, 4));
      expect(a).toHaveLength(200);
    }
    // Without noise the waves are their formulas: a sine of period 25, a square of ±1.
    const sine = forecastSeries('sineWave', 50, 0, 1);
    expect(sine[0]).toBeCloseTo(0, 6);
    expect(sine[25]).toBeCloseTo(0, 5);
    expect(new Set(forecastSeries('squareWave', 50, 0, 1))).toEqual(new Set([1, -1]));
  });

  it('cuts a series into windows of T values, each with the value after it as its target', () => {
    const series = Float32Array.from({ length: 10 }, (_, i) => i);
    const windows = windowsOf(series, 3);
    expect(windows.count).toBe(7);
    expect(Array.from(windows.x.subarray(0, 6))).toEqual([0, 1, 2, 1, 2, 3]);
    expect(Array.from(windows.next)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('splits a forecast in time: every test target comes after every training target', () => {
    const rows = sequenceRows(data('sineWave', { numPoints: 100, window: 10, trainPercent: 70, noise: 0 }), 'sineWave');
    expect([rows.train.count, rows.test.count]).toEqual([70, 30]);
    expect(rows.train.x).toHaveLength(70 * 10);
    if (rows.preview.kind !== 'series') throw new Error('a forecast previews its series');
    const { values, testStart } = rows.preview;
    expect(testStart).toBe(80);
    // The last training target is the value just before the test part; the first test window ends there.
    expect(rows.train.targets.values[69]).toBe(values[79]);
    expect(rows.test.targets.values[0]).toBe(values[80]);
    expect(Array.from(rows.test.x.subarray(0, 10))).toEqual(Array.from(values.subarray(70, 80)));
  });

  it('forecasts the shipped sunspots, scaled by 1/100, whatever the number of points', () => {
    const rows = sequenceRows(data('sunspots', { window: 20, trainPercent: 80, numPoints: 50 }), 'sunspots');
    expect(rows.train.count + rows.test.count).toBe(SUNSPOTS.length - 20);
    expect(rows.train.targets.values[0]).toBeCloseTo(SUNSPOTS[20] / 100, 6);
    expect(rows.preview).toMatchObject({ kind: 'series', stepName: 'year', firstStep: 1700, scale: 100 });
  });

  it('makes memory sequences whose class is their first symbol, the rest Cs and Ds, one-hot', () => {
    const { symbols, labels } = memorySequences(200, 15, 7);
    expect(memorySequences(200, 15, 7).symbols).toEqual(symbols);
    for (let i = 0; i < 200; i++) {
      expect(symbols[i * 15]).toBe(labels[i]);
      for (let t = 1; t < 15; t++) expect([2, 3]).toContain(symbols[i * 15 + t]);
    }
    const share = labels.reduce((sum, label) => sum + label, 0) / 200;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
    expect(Array.from(oneHotSymbols(Uint8Array.from([0, 3])))).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
    const rows = sequenceRows(data('memory', { numPoints: 100, window: 15, trainPercent: 60 }), 'memory');
    expect(rows.train.x).toHaveLength(60 * 15 * 4);
    expect(rows.test.targets).toMatchObject({ kind: 'class', classes: 2 });
    expect(rows.preview).toMatchObject({ kind: 'symbols', count: 8, window: 15, trainCount: 60, testCount: 40 });
  });
});
