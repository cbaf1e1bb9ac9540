import Papa from 'papaparse';
import type { PointSet } from '../datasets';
import type { SplitData } from '../trainTestSplit';

/** A built-in dataset as CSV text: x1, x2, label (class index or value) and which part it is in. */
export function splitDataToCsv(data: SplitData): string {
  const rows: Array<Array<string | number>> = [];
  const add = (set: PointSet, part: string) => set.labels.forEach((label, i) => rows.push([set.x1[i], set.x2[i], label, part]));
  add(data.train, 'train');
  add(data.test, 'test');
  return Papa.unparse({ fields: ['x1', 'x2', 'label', 'split'], data: rows }, { newline: '\n' });
}
