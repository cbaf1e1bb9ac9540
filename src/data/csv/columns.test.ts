import { describe, expect, it } from 'vitest';
import { analyseColumns, cellNumber, suggestRoles, suggestTask } from './columns';
import { parseCsvText } from './parseCsv';

const table = (text: string) => {
  const result = parseCsvText(text);
  if (!result.ok) throw new Error(result.error);
  return result.table;
};

describe('column detection', () => {
  it('tells numbers from text, whole numbers from fractions, and counts missing cells', () => {
    const columns = analyseColumns(table('length,count,species,mixed\n1.5,3,setosa,1\n2.25,,virginica,x\n-3e2,7,setosa,2\n'));
    expect(columns).toEqual([
      { name: 'length', numeric: true, integers: false, missing: 0, distinct: 3 },
      { name: 'count', numeric: true, integers: true, missing: 1, distinct: 2 },
      { name: 'species', numeric: false, integers: false, missing: 0, distinct: 2 },
      { name: 'mixed', numeric: false, integers: false, missing: 0, distinct: 3 },
    ]);
  });

  it('does not take "Infinity", "1,5" or blanks for numbers', () => {
    expect(['Infinity', '1,5', '', ' ', 'NaN', '0x'].map(cellNumber)).toEqual([null, null, null, null, null, null]);
    expect(['0', '-2.5', '1e3', ' 4 '].map(cellNumber)).toEqual([0, -2.5, 1000, 4]);
  });

  it('suggests classes for text or few whole numbers, regression otherwise', () => {
    const [length, count, species] = analyseColumns(table('length,count,species\n1.5,3,a\n2.5,1,b\n'));
    expect(suggestTask(length)).toBe('regression');
    expect(suggestTask(count)).toBe('classification');
    expect(suggestTask(species)).toBe('classification');
    const many = analyseColumns(table('n\n' + Array.from({ length: 30 }, (_, i) => i).join('\n')));
    expect(suggestTask(many[0])).toBe('regression');
  });

  it('suggests the last column as target and the other numeric columns as inputs', () => {
    expect(suggestRoles(analyseColumns(table('a,name,b,label\n1,x,2,y\n')))).toEqual({ target: 'label', inputs: ['a', 'b'] });
    expect(suggestRoles(analyseColumns(table('name,label\nx,y\n')))).toBeNull();
  });
});
