import type { StateCreator } from 'zustand';
import type { PlaygroundState } from './store';

export interface ViewSlice {
  showTestData: boolean;
  setShowTestData(show: boolean): void;
}

export const createViewSlice: StateCreator<PlaygroundState, [], [], ViewSlice> = (set) => ({
  showTestData: false,
  setShowTestData: (showTestData) => set({ showTestData }),
});
