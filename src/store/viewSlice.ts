import type { StateCreator } from 'zustand';
import type { PlaygroundState } from './store';

export interface ViewSlice {
  showTestData: boolean;
  /** Why a model file was refused (shown as an alert); null when there is nothing to say. */
  importMessage: string | null;
  setShowTestData(show: boolean): void;
  setImportMessage(message: string | null): void;
}

export const createViewSlice: StateCreator<PlaygroundState, [], [], ViewSlice> = (set) => ({
  showTestData: false,
  importMessage: null,
  setShowTestData: (showTestData) => set({ showTestData }),
  setImportMessage: (importMessage) => set({ importMessage }),
});
