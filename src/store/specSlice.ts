import type { StateCreator } from 'zustand';
import { DEFAULT_SPEC } from '../shared/defaults';
import { fitOutputToProblem } from '../shared/fitOutput';
import {
  defaultLayer,
  FEATURE_NAMES,
  isTableDataset,
  LIMITS,
  type DataSpec,
  type FeatureName,
  type LayerKind,
  type LayerSpec,
  type NetworkSpec,
  type PlaygroundSpec,
  type TrainingSpec,
} from '../shared/spec';
import { applyLocks } from '../shared/classroom';
import { lockedControls } from './classroomSlice';
import type { PlaygroundState } from './store';

export interface SpecSlice {
  spec: PlaygroundSpec;
  /** Values from the link that were refused, shown until dismissed. */
  notices: string[];
  /** What the page changed to keep the choices compatible, and why (announced politely). */
  adjustments: string[];
  setSpec(spec: PlaygroundSpec, notices?: string[]): void;
  setData<K extends keyof DataSpec>(key: K, value: DataSpec[K]): void;
  regenerateData(): void;
  toggleFeature(feature: FeatureName, on: boolean): void;
  addLayer(): void;
  removeLayer(index: number): void;
  setLayerKind(index: number, kind: LayerKind): void;
  /** Changes fields of a hidden layer of the given kind. */
  updateLayer<T extends LayerSpec>(index: number, kind: T['kind'], patch: Partial<Omit<T, 'kind'>>): void;
  setOutput(patch: Partial<Pick<NetworkSpec, 'outputActivation' | 'outputInitializer'>>): void;
  setTraining<K extends keyof TrainingSpec>(key: K, value: TrainingSpec[K]): void;
  setTableAxes(axes: string[]): void;
  dismissNotices(): void;
}

export const createSpecSlice: StateCreator<PlaygroundState, [], [], SpecSlice> = (set) => {
  /** Applies an edit, then keeps output and loss compatible, saying what it changed. */
  const edit = (update: (spec: PlaygroundSpec) => void) =>
    set((state) => {
      const edited = structuredClone(state.spec);
      update(edited);
      // A value the teacher's link or the lesson locked stays as it was, whichever control tried.
      const locked = lockedControls(state);
      const spec = applyLocks(state.spec, edited, locked);
      return { spec, adjustments: fitOutputToProblem(spec, { lossLocked: locked.includes('loss') }) };
    });
  return {
    spec: DEFAULT_SPEC,
    notices: [],
    adjustments: [],
    setSpec: (spec, notices = []) => set({ spec, notices, adjustments: [] }),
    setData: (key, value) =>
      edit((spec) => {
        spec.data[key] = value;
        // Generated data has no column roles; a table's roles arrive with its rows (useTable).
        if (key === 'dataset' && !isTableDataset(value as DataSpec['dataset'])) spec.data.table = null;
      }),
    regenerateData: () => edit((spec) => (spec.data.dataSeed = (spec.data.dataSeed % LIMITS.seed.max) + 1)),
    toggleFeature: (feature, on) =>
      edit((spec) => {
        const chosen = new Set(spec.network.features);
        if (on) chosen.add(feature);
        else if (chosen.size > 1) chosen.delete(feature);
        // Keep the canonical order so that the same choice always gives the same URL and model.
        spec.network.features = FEATURE_NAMES.filter((f) => chosen.has(f));
      }),
    addLayer: () =>
      edit((spec) => {
        if (spec.network.hidden.length >= LIMITS.hiddenLayers.max) return;
        const lastDense = spec.network.hidden.filter((l) => l.kind === 'dense').at(-1);
        spec.network.hidden.push(defaultLayer('dense', lastDense));
      }),
    removeLayer: (index) => edit((spec) => void spec.network.hidden.splice(index, 1)),
    setLayerKind: (index, kind) =>
      edit((spec) => {
        if (spec.network.hidden[index].kind !== kind) spec.network.hidden[index] = defaultLayer(kind, spec.network.hidden[index]);
      }),
    updateLayer: (index, kind, patch) =>
      edit((spec) => {
        const layer = spec.network.hidden[index];
        if (layer.kind === kind) Object.assign(layer, patch);
      }),
    setOutput: (patch) =>
      edit((spec) => {
        Object.assign(spec.network, patch);
        // Choosing an output is choosing a way to read it: pick the loss that goes with it.
        if (patch.outputActivation === 'softmax') spec.training.loss = 'categoricalCrossEntropy';
      }),
    setTraining: (key, value) =>
      edit((spec) => {
        spec.training[key] = value;
        // Choosing a loss that needs a particular output brings that output along.
        if (key === 'loss' && value === 'binaryCrossEntropy') spec.network.outputActivation = 'sigmoid';
        if (key === 'loss' && value === 'categoricalCrossEntropy') spec.network.outputActivation = 'softmax';
        if (key === 'loss' && value === 'hinge' && !['tanh', 'linear'].includes(spec.network.outputActivation)) spec.network.outputActivation = 'tanh';
      }),
    setTableAxes: (axes) =>
      edit((spec) => {
        if (spec.data.table) spec.data.table.axes = axes;
      }),
    dismissNotices: () => set({ notices: [], adjustments: [] }),
  };
};
