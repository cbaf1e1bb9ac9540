import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFileSize, MAX_ROWS } from './limits';
import { parseCsvText } from './parseCsv';

const errorOf = (text: string) => {
  const result = parseCsvText(text);
  return result.ok ? null : result.error;
};

describe('parseCsvText', () => {
  it('reads a header and rows, trims cells and skips blank lines', () => {
    const result = parseCsvText('a, b ,label\n1,2,x\n\n3, 4 ,y\n');
    expect(result).toEqual({ ok: true, table: { headers: ['a', 'b', 'label'], rows: [['1', '2', 'x'], ['3', '4', 'y']], lines: [2, 4] } });
  });

  it('guesses semicolons and tabs as delimiters', () => {
    for (const text of ['a;b\n1;2\n', 'a\tb\n1\t2\n']) {
      const result = parseCsvText(text);
      expect(result.ok && result.table.rows).toEqual([['1', '2']]);
    }
  });

  it('refuses each kind of broken file with a sentence that says where', () => {
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf('\n \n')).toBe('The file is empty.');
    expect(errorOf('a,b,c\n')).toBe('The file has a header but no data rows.');
    expect(errorOf('a,b,c\n1,2,3\n4,5\n')).toBe('Line 3 has 2 cells, but the header has 3 columns.');
    expect(errorOf('a,a\n1,2\n')).toBe('The header names the column "a" twice.');
    expect(errorOf('a,b\n"1,2\n')).toMatch(/quoted cell is not closed/);
  });

  it('refuses more than 100,000 rows and more than 10 MB, saying the limit', () => {
    const rows = 'x\n' + '1\n'.repeat(MAX_ROWS + 1);
    expect(errorOf(rows)).toBe('The file has 100,001 rows; the limit is 100,000.');
    expect(checkFileSize(11 * 1024 * 1024)).toBe('The file is 11.0 MB; the limit is 10.0 MB.');
    expect(checkFileSize(1024)).toBeNull();
  });

  it('never throws, whatever the text: it returns a table or a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseCsvText(text);
        if (result.ok) {
          const width = result.table.headers.length;
          expect(result.table.rows.every((row) => row.length === width)).toBe(true);
          expect(result.table.rows.length).toBeGreaterThan(0);
        } else {
          expect(result.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every number of a generated numeric table exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const text = ['a,b,c', ...rows.map((r) => r.map(String).join(','))].join('\n');
          const result = parseCsvText(text);
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.table.rows.map((r) => r.map(Number))).toEqual(rows.map((r) => r.map((v) => Number(String(v)))));
        },
      ),
    );
  });
});
