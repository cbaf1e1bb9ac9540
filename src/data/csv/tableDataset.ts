import { cellNumber, type Task } from './columns';
import { MAX_CLASSES } from '../../shared/limits';
import { MAX_MAGNITUDE } from './limits';
import type { CsvTable } from './parseCsv';

export interface ColumnRoles {
  inputs: string[];
  target: string;
  task: Task;
  /** Shift and scale each input to mean 0 and standard deviation 1 (parameters kept with the data). */
  standardize: boolean;
  /** Leave out rows with an empty cell in a chosen column instead of refusing the file. */
  dropMissing: boolean;
}

export interface Standardization {
  mean: number;
  std: number;
}

/** An uploaded table ready to train on: row-major inputs, one target per row. */
export interface TableDataset {
  inputs: string[];
  /** rows × inputs.length, standardized when asked. */
  x: Float32Array;
  /** Class index (classification) or value (regression) per row. */
  y: Float32Array;
  rows: number;
  task: Task;
  /** Class names in index order (classification only). */
  classNames: string[] | null;
  standardization: Standardization[] | null;
  droppedRows: number;
}

export type TableBuild = { ok: true; data: TableDataset } | { ok: false; error: string; rowsWithMissing?: number };

/** Natural order for labels: numbers by value, text alphabetically, so "2" comes before "10". */
function compareLabels(a: string, b: string): number {
  const [x, y] = [cellNumber(a), cellNumber(b)];
  if (x !== null && y !== null) return x - y;
  return a.localeCompare(b);
}

export function encodeLabels(labels: string[]): { indices: number[]; names: string[] } {
  const names = [...new Set(labels)].sort(compareLabels);
  const index = new Map(names.map((name, i) => [name, i]));
  return { indices: labels.map((label) => index.get(label)!), names };
}

export function standardizationOf(values: Float32Array, rows: number, columns: number): Standardization[] {
  return Array.from({ length: columns }, (_, c) => {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += values[r * columns + c];
    const mean = rows > 0 ? sum / rows : 0;
    let squares = 0;
    for (let r = 0; r < rows; r++) squares += (values[r * columns + c] - mean) ** 2;
    const std = rows > 0 ? Math.sqrt(squares / rows) : 0;
    // A constant column stays constant rather than dividing by zero.
    return { mean, std: std > 0 ? std : 1 };
  });
}

/** Turns the chosen columns into training data, or says exactly which row and column stops it. */
export function buildTableDataset(table: CsvTable, roles: ColumnRoles): TableBuild {
  if (roles.inputs.length === 0) return { ok: false, error: 'Pick at least one input column.' };
  if (roles.inputs.includes(roles.target)) return { ok: false, error: `The target column "${roles.target}" cannot also be an input.` };
  const columnOf = (name: string) => table.headers.indexOf(name);
  const unknown = [...roles.inputs, roles.target].find((name) => columnOf(name) < 0);
  if (unknown !== undefined) return { ok: false, error: `The file has no column "${unknown}".` };
  const inputColumns = roles.inputs.map(columnOf);
  const targetColumn = columnOf(roles.target);
  const used = [...inputColumns, targetColumn];

  const incomplete = table.rows.map((row, r) => (used.some((c) => row[c] === '') ? r : -1)).filter((r) => r >= 0);
  if (incomplete.length > 0 && !roles.dropMissing) {
    const rowsText = incomplete.length === 1 ? '1 row has' : `${incomplete.length} rows have`;
    return {
      ok: false,
      error: `${rowsText} missing values in the chosen columns (first on line ${table.lines[incomplete[0]]}). Drop those rows to use the file.`,
      rowsWithMissing: incomplete.length,
    };
  }
  const skip = new Set(incomplete);
  const kept = table.rows.map((_, r) => r).filter((r) => !skip.has(r));
  if (kept.length === 0) return { ok: false, error: 'No row is left once rows with missing values are dropped.' };

  const width = inputColumns.length;
  const x = new Float32Array(kept.length * width);
  for (let k = 0; k < kept.length; k++) {
    const row = table.rows[kept[k]];
    for (let i = 0; i < width; i++) {
      const value = cellNumber(row[inputColumns[i]]);
      const where = `Line ${table.lines[kept[k]]}, column "${roles.inputs[i]}": "${row[inputColumns[i]]}"`;
      if (value === null) return { ok: false, error: `${where} is not a number.` };
      if (Math.abs(value) > MAX_MAGNITUDE) return { ok: false, error: `${where} is too large to train on (the limit is ±1e30).` };
      x[k * width + i] = value;
    }
  }

  const targetCells = kept.map((r) => table.rows[r][targetColumn]);
  let y: Float32Array;
  let classNames: string[] | null = null;
  if (roles.task === 'regression') {
    y = new Float32Array(kept.length);
    for (let k = 0; k < kept.length; k++) {
      const value = cellNumber(targetCells[k]);
      const where = `Line ${table.lines[kept[k]]}, column "${roles.target}": "${targetCells[k]}"`;
      if (value === null) return { ok: false, error: `${where} is not a number, and a regression target must be.` };
      if (Math.abs(value) > MAX_MAGNITUDE) return { ok: false, error: `${where} is too large to train on (the limit is ±1e30).` };
      y[k] = value;
    }
  } else {
    const { indices, names } = encodeLabels(targetCells);
    if (names.length < 2) {
      return { ok: false, error: `The target column "${roles.target}" has only one class ("${names[0]}"); classification needs at least two.` };
    }
    if (names.length > MAX_CLASSES) {
      return {
        ok: false,
        error: `The target column "${roles.target}" has ${names.length} different values; classification supports at most ${MAX_CLASSES} classes. Is it a regression target?`,
      };
    }
    y = Float32Array.from(indices);
    classNames = names;
  }

  let standardization: Standardization[] | null = null;
  if (roles.standardize) {
    standardization = standardizationOf(x, kept.length, width);
    for (let k = 0; k < kept.length; k++) {
      for (let i = 0; i < width; i++) x[k * width + i] = (x[k * width + i] - standardization[i].mean) / standardization[i].std;
    }
  }
  return {
    ok: true,
    data: { inputs: roles.inputs, x, y, rows: kept.length, task: roles.task, classNames, standardization, droppedRows: incomplete.length },
  };
}
