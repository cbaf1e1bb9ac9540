import type { StateCreator } from 'zustand';
import { loadDiscretize, loadPresentation, saveDiscretize, savePresentation } from '../persistence/viewPreferences';
import type { PlaygroundState } from './store';

export interface ViewSlice {
  showTestData: boolean;
  /** Why a model file was refused (shown as an alert); null when there is nothing to say. */
  importMessage: string | null;
  /** Larger text and thicker lines for a classroom projector; remembered in localStorage. */
  presentation: boolean;
  /** A new version of the page is installed; this tab still runs the old one until reloaded. */
  updateReady: boolean;
  /** The output drawn as hard classes (or signs) instead of a gradient; remembered like presentation. */
  discretize: boolean;
  /**
   * The neuron under the pointer or in the Neuron inspector, shown large in the output area: its
   * `layer` counts hidden layers from 0, then the output, as the diagram's columns do.
   */
  previewNeuron: { layer: number; index: number } | null;
  setShowTestData(show: boolean): void;
  setImportMessage(message: string | null): void;
  setPresentation(on: boolean): void;
  setUpdateReady(ready: boolean): void;
  setDiscretize(on: boolean): void;
  setPreviewNeuron(neuron: { layer: number; index: number } | null): void;
}

export const createViewSlice: StateCreator<PlaygroundState, [], [], ViewSlice> = (set) => ({
  showTestData: false,
  importMessage: null,
  presentation: loadPresentation(),
  updateReady: false,
  discretize: loadDiscretize(),
  previewNeuron: null,
  setShowTestData: (showTestData) => set({ showTestData }),
  setImportMessage: (importMessage) => set({ importMessage }),
  setPresentation: (presentation) => {
    savePresentation(presentation);
    set({ presentation });
  },
  setUpdateReady: (updateReady) => set({ updateReady }),
  setDiscretize: (discretize) => {
    saveDiscretize(discretize);
    set({ discretize });
  },
  setPreviewNeuron: (neuron) =>
    set((state) => (state.previewNeuron?.layer === neuron?.layer && state.previewNeuron?.index === neuron?.index ? {} : { previewNeuron: neuron })),
});
