import type { StateCreator } from 'zustand';
import type { ColumnInfo } from '../data/csv/columns';
import type { CsvTable } from '../data/csv/parseCsv';
import type { ColumnRoles, TableDataset } from '../data/csv/tableDataset';
import { settle } from './settle';
import { lockedControls } from './classroomSlice';
import type { TableRoles } from '../shared/spec';
import type { PlaygroundState } from './store';

/** A file read and waiting for the learner to say which columns do what. */
export interface UploadDraft {
  fileName: string;
  table: CsvTable;
  columns: ColumnInfo[];
  roles: ColumnRoles;
  /** Why the chosen roles cannot be used yet; the current data stays meanwhile. */
  error: string | null;
  rowsWithMissing: number | null;
  busy: boolean;
}

export interface TableSlice {
  /** Rows of the table dataset in use (Iris or an upload); null for generated data. */
  tableData: TableDataset | null;
  upload: UploadDraft | null;
  /** A file that could not be read at all, said in one sentence. */
  uploadError: string | null;
  /** Column roles from a link made with an uploaded file, applied when that file is uploaded again. */
  pendingRoles: TableRoles | null;
  setUpload(upload: UploadDraft | null): void;
  patchUpload(patch: Partial<UploadDraft>): void;
  setUploadError(error: string | null): void;
  setPendingRoles(roles: TableRoles | null): void;
  /** Switches to a loaded table: its rows and its roles in the spec, in one step. */
  useTable(roles: TableRoles, data: TableDataset): void;
}

export const createTableSlice: StateCreator<PlaygroundState, [], [], TableSlice> = (set) => ({
  tableData: null,
  upload: null,
  uploadError: null,
  pendingRoles: null,
  setUpload: (upload) => set({ upload, uploadError: null }),
  patchUpload: (patch) => set((state) => (state.upload ? { upload: { ...state.upload, ...patch } } : {})),
  setUploadError: (uploadError) => set({ uploadError }),
  setPendingRoles: (pendingRoles) => set({ pendingRoles }),
  useTable: (roles, data) =>
    set((state) => {
      const chosen = structuredClone(state.spec);
      chosen.data.dataset = roles.fileName === 'iris.csv' ? 'iris' : 'upload';
      chosen.data.table = roles;
      const { spec, adjustments } = settle({ before: state.spec, chosen, locked: lockedControls(state), adjustments: state.adjustments, unlocked: true });
      return { tableData: data, upload: null, uploadError: null, spec, adjustments };
    }),
});
