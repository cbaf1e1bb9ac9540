import type { CsvTable } from './parseCsv';

export interface ColumnInfo {
  name: string;
  /** Every non-empty cell is a finite number. */
  numeric: boolean;
  /** Every non-empty cell is a whole number. */
  integers: boolean;
  missing: number;
  distinct: number;
}

export type Task = 'classification' | 'regression';

/** A cell as a number, or null when it is not one ("", "abc", "1,5", "Infinity"). */
export function cellNumber(cell: string): number | null {
  if (cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

export function analyseColumns(table: CsvTable): ColumnInfo[] {
  return table.headers.map((name, c) => {
    let missing = 0;
    let numeric = true;
    let integers = true;
    const values = new Set<string>();
    for (const row of table.rows) {
      const cell = row[c];
      if (cell === '') {
        missing++;
        continue;
      }
      values.add(cell);
      const value = cellNumber(cell);
      if (value === null) numeric = false;
      else if (!Number.isInteger(value)) integers = false;
    }
    return { name, numeric: numeric && values.size > 0, integers: numeric && integers && values.size > 0, missing, distinct: values.size };
  });
}

/** Text, or a handful of whole numbers, reads as classes; anything else as a quantity. */
export function suggestTask(column: ColumnInfo): Task {
  if (!column.numeric) return 'classification';
  return column.integers && column.distinct <= 10 ? 'classification' : 'regression';
}

/** The last column is the usual place for the target; inputs are the other numeric columns. */
export function suggestRoles(columns: ColumnInfo[]): { target: string; inputs: string[] } | null {
  if (!columns.some((c) => c.numeric)) return null;
  const target = columns[columns.length - 1].name;
  const inputs = columns.filter((c) => c.numeric && c.name !== target).map((c) => c.name);
  return inputs.length > 0 ? { target, inputs } : null;
}
