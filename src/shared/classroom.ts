import { MEASURES, MEASURE_NAMES, OPERATORS, type Condition, type MeasureName, type Operator } from './checks';
import { isImageDataset, type LayerSpec, type PlaygroundSpec } from './spec';

/**
 * What a teacher's link says about the page rather than the network: controls to hide or lock, a
 * lesson to open, a challenge to meet. Kept apart from the spec so that a model, a saved run or a
 * code export never carries it.
 */
export interface ClassroomSettings {
  hidden: ControlId[];
  locked: ControlId[];
  /** A lesson and its step (0-based) to open. */
  lesson: { id: string; step: number } | null;
  challenge: Condition[] | null;
}

/** What stays in force while the page is open; the lesson is followed as progress, apart. */
export type ClassroomRules = Omit<ClassroomSettings, 'lesson'>;

export const NO_CLASSROOM_RULES: ClassroomRules = { hidden: [], locked: [], challenge: null };

interface ControlDefinition {
  label: string;
  /** Copies the locked part of `from` onto `to`; absent for controls that only hide. */
  keep?(from: PlaygroundSpec, to: PlaygroundSpec): void;
}

const keepTraining =
  (...keys: (keyof PlaygroundSpec['training'])[]) =>
  (from: PlaygroundSpec, to: PlaygroundSpec) => {
    for (const key of keys) (to.training as unknown as Record<string, unknown>)[key] = from.training[key];
  };

/** Locks the activation of hidden layers while leaving their number and width free. */
function keepActivations(from: PlaygroundSpec, to: PlaygroundSpec): void {
  const fallback = from.network.hidden.find((l) => l.kind === 'dense');
  to.network.hidden = to.network.hidden.map((layer, i): LayerSpec => {
    if (layer.kind !== 'dense') return layer;
    const before = from.network.hidden[i]?.kind === 'dense' ? from.network.hidden[i] : fallback;
    return before?.kind === 'dense' ? { ...layer, activation: before.activation, leakySlope: before.leakySlope } : layer;
  });
}

/** Locks the kind of each layer (its Kind menu) while layers can still be added, removed and set. */
function keepLayerKinds(from: PlaygroundSpec, to: PlaygroundSpec): void {
  // An added or removed layer is the Layers control's business; only a kind changed in place is undone.
  if (from.network.hidden.length !== to.network.hidden.length) return;
  to.network.hidden = to.network.hidden.map((layer, i) => (layer.kind === from.network.hidden[i].kind ? layer : structuredClone(from.network.hidden[i])));
}

/** Locks whether the page shows an image set, and which: neither into one nor out of one, nor to another. */
function keepImageSet(from: PlaygroundSpec, to: PlaygroundSpec): void {
  const changed = from.data.dataset !== to.data.dataset;
  if (changed && (isImageDataset(from.data.dataset) || isImageDataset(to.data.dataset))) {
    to.data.dataset = from.data.dataset;
    to.data.table = from.data.table;
    to.network.hidden = structuredClone(from.network.hidden);
  }
}

/**
 * The controls a teacher can hide or lock, in the order the page shows them. Locking is enforced
 * by the store (an edit of a locked value is undone), not only by disabling the control.
 */
export const CONTROLS = {
  dataset: { label: 'Dataset', keep: (f, t) => ((t.data.dataset = f.data.dataset), (t.data.table = f.data.table)) },
  imageSets: { label: 'Image sets', keep: keepImageSet },
  noise: { label: 'Noise', keep: (f, t) => (t.data.noise = f.data.noise) },
  trainRatio: { label: 'Training ratio', keep: (f, t) => (t.data.trainPercent = f.data.trainPercent) },
  numPoints: { label: 'Number of points', keep: (f, t) => (t.data.numPoints = f.data.numPoints) },
  window: { label: 'Window length', keep: (f, t) => (t.data.window = f.data.window) },
  regenerate: { label: 'Regenerate data', keep: (f, t) => (t.data.dataSeed = f.data.dataSeed) },
  upload: { label: 'Upload a table' },
  features: { label: 'Input features', keep: (f, t) => (t.network.features = [...f.network.features]) },
  layers: { label: 'Layers and neurons', keep: (f, t) => (t.network.hidden = structuredClone(f.network.hidden)) },
  layerKinds: { label: 'Kinds of layer', keep: keepLayerKinds },
  activation: { label: 'Activations', keep: keepActivations },
  output: {
    label: 'Output layer',
    keep: (f, t) => ((t.network.outputActivation = f.network.outputActivation), (t.network.outputInitializer = f.network.outputInitializer)),
  },
  learningRate: { label: 'Learning rate', keep: keepTraining('learningRate') },
  batchSize: { label: 'Batch size', keep: keepTraining('batchSize') },
  epochs: { label: 'Epochs', keep: keepTraining('epochs') },
  loss: { label: 'Loss', keep: keepTraining('loss') },
  optimizer: { label: 'Optimizer and its settings', keep: keepTraining('optimizer', 'momentum', 'beta1', 'beta2', 'epsilon', 'rho', 'gradientClip') },
  seed: { label: 'Seed', keep: keepTraining('seed') },
  backend: { label: 'Backend', keep: keepTraining('backend') },
  modelFiles: { label: 'Export and import' },
} satisfies Record<string, ControlDefinition>;

export type ControlId = keyof typeof CONTROLS;
export const CONTROL_IDS = Object.keys(CONTROLS) as ControlId[];
export const isControlId = (text: string): text is ControlId => (CONTROL_IDS as string[]).includes(text);
export const canLock = (id: ControlId) => 'keep' in CONTROLS[id];

/** The spec after an edit, with every locked value put back as it was before. */
export function applyLocks(before: PlaygroundSpec, after: PlaygroundSpec, locked: readonly ControlId[]): PlaygroundSpec {
  if (locked.length === 0) return after;
  const result = structuredClone(after);
  for (const id of locked) {
    const control: ControlDefinition = CONTROLS[id];
    control.keep?.(before, result);
  }
  return result;
}

/** Conditions as link text: "testAccuracy>=0.95;hiddenNeurons<=8". */
export function encodeChallenge(conditions: readonly Condition[]): string {
  return conditions.map((c) => `${c.measure}${c.op}${c.value}`).join(';');
}

const CONDITION_PATTERN = /^([A-Za-z]+)(<=|>=|<|>|=)(.+)$/;

/** Reads link text back into conditions; null with a reason when any part is not understood. */
export function parseChallenge(text: string): { conditions: Condition[] } | { error: string } {
  const parts = text.split(';').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return { error: 'the challenge is empty' };
  if (parts.length > 6) return { error: 'a challenge has at most 6 conditions' };
  const conditions: Condition[] = [];
  for (const part of parts) {
    const match = CONDITION_PATTERN.exec(part);
    if (!match) return { error: `"${part.slice(0, 40)}" is not a condition like testAccuracy>=0.95` };
    const [, name, op, raw] = match;
    if (!(MEASURE_NAMES as string[]).includes(name)) return { error: `"${name.slice(0, 40)}" is not something the page measures` };
    const measure = MEASURES[name as MeasureName];
    if (measure.kind === 'number') {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) return { error: `"${raw.slice(0, 40)}" is not a number` };
      conditions.push({ measure: name as MeasureName, op: op as Operator, value });
    } else {
      if (op !== '=') return { error: `${measure.label} can only be compared with =` };
      if (!/^[A-Za-z0-9,]{1,80}$/.test(raw)) return { error: `"${raw.slice(0, 40)}" is not a valid value` };
      conditions.push({ measure: name as MeasureName, op: '=', value: raw });
    }
  }
  return { conditions };
}

export const isOperator = (text: string): text is Operator => (OPERATORS as readonly string[]).includes(text);
