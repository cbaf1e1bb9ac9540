import type { StateCreator } from 'zustand';
import { loadPresentation, savePresentation } from '../persistence/viewPreferences';
import type { PlaygroundState } from './store';

export interface ViewSlice {
  showTestData: boolean;
  /** Why a model file was refused (shown as an alert); null when there is nothing to say. */
  importMessage: string | null;
  /** Larger text and thicker lines for a classroom projector; remembered in localStorage. */
  presentation: boolean;
  /** A new version of the page is installed; this tab still runs the old one until reloaded. */
  updateReady: boolean;
  setShowTestData(show: boolean): void;
  setImportMessage(message: string | null): void;
  setPresentation(on: boolean): void;
  setUpdateReady(ready: boolean): void;
}

export const createViewSlice: StateCreator<PlaygroundState, [], [], ViewSlice> = (set) => ({
  showTestData: false,
  importMessage: null,
  presentation: loadPresentation(),
  updateReady: false,
  setShowTestData: (showTestData) => set({ showTestData }),
  setImportMessage: (importMessage) => set({ importMessage }),
  setPresentation: (presentation) => {
    savePresentation(presentation);
    set({ presentation });
  },
  setUpdateReady: (updateReady) => set({ updateReady }),
});
