import { create, createStore, type StateCreator } from 'zustand';
import { createClassroomSlice, type ClassroomSlice } from './classroomSlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createRunsSlice, type RunsSlice } from './runsSlice';
import { createSpecSlice, type SpecSlice } from './specSlice';
import { createTableSlice, type TableSlice } from './tableSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type PlaygroundState = SpecSlice & RunSlice & ViewSlice & TableSlice & RunsSlice & ClassroomSlice;

const allSlices: StateCreator<PlaygroundState> = (...args) => ({
  ...createSpecSlice(...args),
  ...createRunSlice(...args),
  ...createViewSlice(...args),
  ...createTableSlice(...args),
  ...createRunsSlice(...args),
  ...createClassroomSlice(...args),
});

/** The one store: the spec the user edits, the run's progress, and view settings. */
export const usePlayground = create<PlaygroundState>()(allSlices);

/** A store of its own with the same slices, for tests that must not share the page's. */
export const createPlaygroundStore = () => createStore<PlaygroundState>()(allSlices);
