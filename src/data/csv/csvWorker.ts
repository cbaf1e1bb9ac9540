import * as Comlink from 'comlink';
import { analyseColumns, type ColumnInfo } from './columns';
import { parseCsvText, type CsvTable } from './parseCsv';
import { buildTableDataset, type ColumnRoles, type TableBuild } from './tableDataset';

export type CsvRead = { ok: true; table: CsvTable; columns: ColumnInfo[] } | { ok: false; error: string };

/** Parsing and column work for uploads, off the page's thread so a 10 MB file never freezes it. */
const api = {
  read(text: string): CsvRead {
    const parsed = parseCsvText(text);
    return parsed.ok ? { ok: true, table: parsed.table, columns: analyseColumns(parsed.table) } : parsed;
  },
  build(table: CsvTable, roles: ColumnRoles): TableBuild {
    const built = buildTableDataset(table, roles);
    return built.ok ? Comlink.transfer(built, [built.data.x.buffer as ArrayBuffer, built.data.y.buffer as ArrayBuffer]) : built;
  },
};

export type CsvApi = typeof api;

Comlink.expose(api);
