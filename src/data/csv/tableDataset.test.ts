import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTableDataset, encodeLabels, standardizationOf, type ColumnRoles } from './tableDataset';
import { parseCsvText } from './parseCsv';

const table = (text: string) => {
  const result = parseCsvText(text);
  if (!result.ok) throw new Error(result.error);
  return result.table;
};

const roles = (patch: Partial<ColumnRoles> = {}): ColumnRoles => ({ inputs: ['a', 'b'], target: 'label', task: 'classification', standardize: false, dropMissing: false, ...patch });

const errorOf = (text: string, patch: Partial<ColumnRoles> = {}) => {
  const result = buildTableDataset(table(text), roles(patch));
  return result.ok ? null : result.error;
};

describe('label encoding', () => {
  it('numbers classes in natural order and keeps their names', () => {
    expect(encodeLabels(['virginica', 'setosa', 'virginica', 'versicolor'])).toEqual({ indices: [2, 0, 2, 1], names: ['setosa', 'versicolor', 'virginica'] });
    expect(encodeLabels(['10', '2', '1'])).toEqual({ indices: [2, 1, 0], names: ['1', '2', '10'] });
  });
});

describe('standardization', () => {
  it('gives each column mean 0 and standard deviation 1, and leaves constant columns alone', () => {
    const values = Float32Array.from([1, 5, 2, 5, 3, 5, 4, 5]);
    expect(standardizationOf(values, 4, 2)).toEqual([
      { mean: 2.5, std: Math.sqrt(1.25) },
      { mean: 5, std: 1 },
    ]);
    const built = buildTableDataset(table('a,b,label\n1,5,x\n2,5,y\n3,5,x\n4,5,y\n'), roles({ standardize: true }));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const first = [0, 1, 2, 3].map((r) => built.data.x[r * 2]);
    expect(first.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 6);
    expect(Math.sqrt(first.reduce((s, v) => s + v * v, 0) / 4)).toBeCloseTo(1, 6);
    expect(built.data.standardization).toEqual([{ mean: 2.5, std: Math.sqrt(1.25) }, { mean: 5, std: 1 }]);
  });
});

describe('buildTableDataset', () => {
  it('builds inputs, class indices and class names', () => {
    const built = buildTableDataset(table('a,b,label\n1,2,dog\n3,4,cat\n5,6,dog\n'), roles());
    expect(built).toEqual({
      ok: true,
      data: { inputs: ['a', 'b'], x: Float32Array.from([1, 2, 3, 4, 5, 6]), y: Float32Array.from([1, 0, 1]), rows: 3, task: 'classification', classNames: ['cat', 'dog'], standardization: null, droppedRows: 0 },
    });
  });

  it('builds a regression target', () => {
    const built = buildTableDataset(table('a,b,label\n1,2,0.5\n3,4,-1\n'), roles({ task: 'regression' }));
    expect(built.ok && Array.from(built.data.y)).toEqual([0.5, -1]);
  });

  it('refuses every bad choice with a message that says where', () => {
    expect(errorOf('a,b,label\n1,x2,dog\n3,4,cat\n')).toBe('Line 2, column "b": "x2" is not a number.');
    expect(errorOf('a,b,label\n1,2,dog\n3,4,dog\n')).toBe('The target column "label" has only one class ("dog"); classification needs at least two.');
    expect(errorOf('a,b,label\n1,2,dog\n3,4,cat\n', { task: 'regression' })).toBe('Line 2, column "label": "dog" is not a number, and a regression target must be.');
    expect(errorOf('a,b,label\n1,2,dog\n', { inputs: [] })).toBe('Pick at least one input column.');
    expect(errorOf('a,b,label\n1,2,dog\n', { inputs: ['a', 'label'] })).toBe('The target column "label" cannot also be an input.');
    expect(errorOf('a,b,label\n1,2,dog\n', { inputs: ['c'] })).toBe('The file has no column "c".');
    expect(errorOf('a,b,label\n1,2e35,dog\n3,4,cat\n')).toBe('Line 2, column "b": "2e35" is too large to train on (the limit is ±1e30).');
    const many = 'a,b,label\n' + Array.from({ length: 25 }, (_, i) => `1,2,${i}.5`).join('\n');
    expect(errorOf(many)).toMatch(/has 25 different values; classification supports at most 20 classes/);
  });

  it('offers to drop rows with missing values, and drops them when asked', () => {
    const text = 'a,b,label\n1,2,dog\n,4,cat\n5,6,\n7,8,cat\n';
    const refused = buildTableDataset(table(text), roles());
    expect(refused).toEqual({ ok: false, error: '2 rows have missing values in the chosen columns (first on line 3). Drop those rows to use the file.', rowsWithMissing: 2 });
    const dropped = buildTableDataset(table(text), roles({ dropMissing: true }));
    expect(dropped.ok && dropped.data.rows).toBe(2);
    expect(dropped.ok && dropped.data.droppedRows).toBe(2);
  });

  it('never throws for any table and any choice of columns', () => {
    const cell = fc.oneof(fc.constantFrom('', 'x', 'NaN', '1e400'), fc.double({ noNaN: true }).map(String), fc.integer({ min: -3, max: 3 }).map(String));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.record({
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
            width: fc.constant(width),
            inputs: fc.subarray(['c0', 'c1', 'c2', 'c3', 'zz']),
            target: fc.constantFrom('c0', 'c1', 'c2', 'c3'),
            task: fc.constantFrom('classification' as const, 'regression' as const),
            standardize: fc.boolean(),
            dropMissing: fc.boolean(),
          }),
        ),
        ({ rows, width, ...choice }) => {
          const headers = Array.from({ length: width }, (_, i) => `c${i}`);
          const result = buildTableDataset({ headers, rows, lines: rows.map((_, i) => i + 2) }, choice);
          if (result.ok) {
            expect(Array.from(result.data.x).every(Number.isFinite)).toBe(true);
            expect(Array.from(result.data.y).every(Number.isFinite)).toBe(true);
            expect(result.data.x.length).toBe(result.data.rows * choice.inputs.length);
          } else {
            expect(result.error).toMatch(/\.|\?$/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
