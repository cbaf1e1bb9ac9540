import { describe, expect, it } from 'vitest';
import { buildSplitData } from '../playgroundData';
import { splitDataToCsv } from './datasetCsv';
import { parseCsvText } from './parseCsv';
import { buildTableDataset } from './tableDataset';

describe('built-in datasets as CSV', () => {
  it('writes every point once, and reads back to the same numbers', () => {
    const data = buildSplitData({ dataset: 'spiral3', noise: 10, trainPercent: 60, numPoints: 90, dataSeed: 4, table: null, window: 12 });
    const parsed = parseCsvText(splitDataToCsv(data));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.table.headers).toEqual(['x1', 'x2', 'label', 'split']);
    expect(parsed.table.rows.length).toBe(90);
    const built = buildTableDataset(parsed.table, { inputs: ['x1', 'x2'], target: 'label', task: 'classification', standardize: false, dropMissing: false });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(Array.from(built.data.x.slice(0, 2))).toEqual([data.train.x1[0], data.train.x2[0]]);
    expect(built.data.classNames).toEqual(['0', '1', '2']);
  });
});
