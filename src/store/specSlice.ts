import type { StateCreator } from 'zustand';
import type { Adjustment } from '../shared/adjustments';
import { DEFAULT_SPEC } from '../shared/defaults';
import { X2_FEATURES, x2IsUnused } from '../shared/fitInputs';
import { SOFTMAX_LOSS_REASON } from '../shared/fitOutput';
import {
  FEATURE_NAMES,
  isTableDataset,
  LIMITS,
  type DataSpec,
  type FeatureName,
  type LayerKind,
  type ActivationName,
  type LayerSpec,
  type LossName,
  type NetworkSpec,
  type PlaygroundSpec,
  type TrainingSpec,
} from '../shared/spec';
import { defaultLayer } from '../shared/layers/registry';
import { lockedControls } from './classroomSlice';
import { settle, type Change } from './settle';
import type { PlaygroundState } from './store';

/** Losses that read a particular output, why, and the outputs that already do. */
const LOSS_OUTPUTS: Partial<Record<LossName, { output: ActivationName; reason: string; keeps?: ActivationName[] }>> = {
  binaryCrossEntropy: { output: 'sigmoid', reason: 'Binary cross-entropy reads a probability between 0 and 1' },
  categoricalCrossEntropy: { output: 'softmax', reason: 'Categorical cross-entropy reads one probability per class' },
  hinge: { output: 'tanh', reason: 'Hinge loss reads a score whose sign is the class', keeps: ['tanh', 'linear'] },
};

export interface SpecSlice {
  spec: PlaygroundSpec;
  /** Values from the link that were refused, shown until dismissed. */
  notices: string[];
  /** What the page changed to keep the choices compatible, and why (announced politely), while it holds. */
  adjustments: Adjustment[];
  setSpec(spec: PlaygroundSpec, notices?: string[]): void;
  setData<K extends keyof DataSpec>(key: K, value: DataSpec[K]): void;
  regenerateData(): void;
  toggleFeature(feature: FeatureName, on: boolean): void;
  addLayer(): void;
  removeLayer(index: number): void;
  /** A Flatten layer at this index of the hidden layers: what a dense layer after images needs. */
  insertFlatten(index: number): void;
  setLayerKind(index: number, kind: LayerKind): void;
  /** Changes fields of a hidden layer of the given kind. */
  updateLayer<T extends LayerSpec>(index: number, kind: T['kind'], patch: Partial<Omit<T, 'kind'>>): void;
  setOutput(patch: Partial<Pick<NetworkSpec, 'outputActivation' | 'outputInitializer'>>): void;
  setTraining<K extends keyof TrainingSpec>(key: K, value: TrainingSpec[K]): void;
  setTableAxes(axes: string[]): void;
  dismissNotices(): void;
}

export const createSpecSlice: StateCreator<PlaygroundState, [], [], SpecSlice> = (set) => {
  /** Applies the learner's edit, then what it brings along, keeping output and loss compatible and saying what changed. */
  const edit = (update: (spec: PlaygroundSpec) => void, follow?: Change['follow']) =>
    set((state) => {
      const chosen = structuredClone(state.spec);
      update(chosen);
      return settle({ before: state.spec, chosen, locked: lockedControls(state), adjustments: state.adjustments, follow });
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
        // One-input data has no x2: its features are not offered (the reason is beside them).
        if (x2IsUnused(spec.data)) X2_FEATURES.forEach((f) => chosen.delete(f));
        if (chosen.size === 0) return;
        spec.network.features = FEATURE_NAMES.filter((f) => chosen.has(f));
      }),
    addLayer: () =>
      edit((spec) => {
        if (spec.network.hidden.length >= LIMITS.hiddenLayers.max) return;
        const lastDense = spec.network.hidden.filter((l) => l.kind === 'dense').at(-1);
        spec.network.hidden.push(defaultLayer('dense', lastDense));
      }),
    removeLayer: (index) => edit((spec) => void spec.network.hidden.splice(index, 1)),
    insertFlatten: (index) =>
      edit((spec) => {
        if (spec.network.hidden.length < LIMITS.hiddenLayers.max) spec.network.hidden.splice(index, 0, defaultLayer('flatten'));
      }),
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
      edit(
        (spec) => void Object.assign(spec.network, patch),
        // Choosing an output is choosing a way to read it: pick the loss that goes with it.
        (spec, because) => {
          if (patch.outputActivation !== 'softmax') return;
          spec.training.loss = 'categoricalCrossEntropy';
          because('training.loss', SOFTMAX_LOSS_REASON, { path: 'network.outputActivation', value: 'softmax' });
        },
      ),
    setTraining: (key, value) => {
      edit(
        (spec) => void (spec.training[key] = value),
        // Choosing a loss that needs a particular output brings that output along.
        (spec, because) => {
          const follows = key === 'loss' ? LOSS_OUTPUTS[value as LossName] : undefined;
          if (!follows || follows.keeps?.includes(spec.network.outputActivation)) return;
          spec.network.outputActivation = follows.output;
          because('network.outputActivation', follows.reason, { path: 'training.loss', value });
        },
      );
      // The learner answered "raise Epochs": the refused Train is settled, whichever way they went.
      if (key === 'epochs') set({ startRefusal: null });
    },
    setTableAxes: (axes) =>
      edit((spec) => {
        if (spec.data.table) spec.data.table.axes = axes;
      }),
    dismissNotices: () => set({ notices: [], adjustments: [] }),
  };
};
