import type { StateCreator } from 'zustand';
import { DEFAULT_SPEC } from '../shared/defaults';
import { fitOutputToProblem } from '../shared/fitOutput';
import {
  FEATURE_NAMES,
  LIMITS,
  type ActivationName,
  type DataSpec,
  type FeatureName,
  type PlaygroundSpec,
  type TrainingSpec,
} from '../shared/spec';
import type { PlaygroundState } from './store';

export interface SpecSlice {
  spec: PlaygroundSpec;
  /** Values from the link that were refused, shown until dismissed. */
  notices: string[];
  setSpec(spec: PlaygroundSpec, notices?: string[]): void;
  setData<K extends keyof DataSpec>(key: K, value: DataSpec[K]): void;
  regenerateData(): void;
  toggleFeature(feature: FeatureName, on: boolean): void;
  addLayer(): void;
  removeLayer(index: number): void;
  setLayerUnits(index: number, units: number): void;
  setLayerActivation(index: number, activation: ActivationName): void;
  setOutputActivation(activation: ActivationName): void;
  setTraining<K extends keyof TrainingSpec>(key: K, value: TrainingSpec[K]): void;
  dismissNotices(): void;
}

function withSpec(update: (spec: PlaygroundSpec) => void) {
  return (state: PlaygroundState): Partial<PlaygroundState> => {
    const spec = structuredClone(state.spec);
    update(spec);
    return { spec };
  };
}

export const createSpecSlice: StateCreator<PlaygroundState, [], [], SpecSlice> = (set) => ({
  spec: DEFAULT_SPEC,
  notices: [],
  setSpec: (spec, notices = []) => set({ spec, notices }),
  setData: (key, value) =>
    set(
      withSpec((spec) => {
        spec.data[key] = value;
        fitOutputToProblem(spec);
      }),
    ),
  regenerateData: () => set(withSpec((spec) => (spec.data.dataSeed = (spec.data.dataSeed % LIMITS.seed.max) + 1))),
  toggleFeature: (feature, on) =>
    set(
      withSpec((spec) => {
        const chosen = new Set(spec.network.features);
        if (on) chosen.add(feature);
        else if (chosen.size > 1) chosen.delete(feature);
        // Keep the canonical order so that the same choice always gives the same URL and model.
        spec.network.features = FEATURE_NAMES.filter((f) => chosen.has(f));
      }),
    ),
  addLayer: () =>
    set(
      withSpec((spec) => {
        if (spec.network.hidden.length >= LIMITS.hiddenLayers.max) return;
        const last = spec.network.hidden.at(-1);
        spec.network.hidden.push({ kind: 'dense', units: last?.units ?? 4, activation: last?.activation ?? 'tanh' });
      }),
    ),
  removeLayer: (index) => set(withSpec((spec) => void spec.network.hidden.splice(index, 1))),
  setLayerUnits: (index, units) =>
    set(
      withSpec((spec) => {
        spec.network.hidden[index].units = Math.max(LIMITS.units.min, Math.min(LIMITS.units.max, Math.round(units)));
      }),
    ),
  setLayerActivation: (index, activation) => set(withSpec((spec) => (spec.network.hidden[index].activation = activation))),
  setOutputActivation: (activation) =>
    set(
      withSpec((spec) => {
        spec.network.outputActivation = activation;
        fitOutputToProblem(spec);
      }),
    ),
  setTraining: (key, value) =>
    set(
      withSpec((spec) => {
        spec.training[key] = value;
        if (key === 'loss' && value === 'binaryCrossEntropy') spec.network.outputActivation = 'sigmoid';
        fitOutputToProblem(spec);
      }),
    ),
  dismissNotices: () => set({ notices: [] }),
});
