import Papa from 'papaparse';
import { checkFileSize, MAX_ROWS } from './limits';

/** A CSV file as text cells: a header row and data rows of the same width. */
export interface CsvTable {
  headers: string[];
  rows: string[][];
  /** File line of each row (the header is line 1), for messages that point at a row. */
  lines: number[];
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; error: string };

/**
 * Parses CSV text with papaparse and checks its shape. Never throws: every problem comes back as a
 * sentence that names the row (file line) and column where it is.
 */
export function parseCsvText(text: string): CsvParse {
  const tooBig = checkFileSize(new Blob([text]).size);
  if (tooBig) return { ok: false, error: tooBig };
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  // Blank lines confuse papaparse's delimiter guess, so guess on a preview without them, then parse
  // everything keeping blank lines, so that line numbers in messages match the file.
  const { delimiter } = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] }).meta;
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return { ok: false, error: `Line ${(quoteError.row ?? 0) + 1}: a quoted cell is not closed.` };
  const nonEmpty: Array<{ cells: string[]; line: number }> = [];
  result.data.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== '')) nonEmpty.push({ cells: cells.map((c) => c.trim()), line: index + 1 });
  });
  if (nonEmpty.length === 0) return { ok: false, error: 'The file is empty.' };
  const [header, ...data] = nonEmpty;
  if (data.length === 0) return { ok: false, error: 'The file has a header but no data rows.' };
  if (data.length > MAX_ROWS) return { ok: false, error: `The file has ${data.length.toLocaleString('en')} rows; the limit is ${MAX_ROWS.toLocaleString('en')}.` };
  const headers = header.cells.map((name, i) => name || `column ${i + 1}`);
  if (new Set(headers).size !== headers.length) {
    const twice = headers.find((name, i) => headers.indexOf(name) !== i);
    return { ok: false, error: `The header names the column "${twice}" twice.` };
  }
  const ragged = data.find((row) => row.cells.length !== headers.length);
  if (ragged) {
    return { ok: false, error: `Line ${ragged.line} has ${ragged.cells.length} cells, but the header has ${headers.length} columns.` };
  }
  return { ok: true, table: { headers, rows: data.map((r) => r.cells), lines: data.map((r) => r.line) } };
}
