import { ACTIVATION_LABELS, FEATURE_LABELS, LOSS_LABELS, OPTIMIZER_LABELS } from './displayNames';
import { entryOf } from './layers/registry';
import type { FeatureName, LayerSpec, PlaygroundSpec } from './spec';

const describeStack = (layers: LayerSpec[]) => (layers.length === 0 ? 'none' : layers.map((layer) => entryOf(layer).summary(layer)).join(', '));

/** Settings the page may change on its own to keep the choices working together. */
export type AdjustedSetting =
  | 'network.outputActivation'
  | 'training.loss'
  | 'network.features'
  | 'data.noise'
  | 'network.hidden'
  | 'training.optimizer'
  | 'training.learningRate'
  | 'training.batchSize';

/** A choice of the learner's, by its place in the spec: "training.loss" = "hinge". */
export interface Choice {
  path: string;
  value: unknown;
}

/**
 * A setting the page changed that the learner did not choose, said in the page's words. It is shown
 * while it still holds: while the setting keeps the value the page gave it and, when a choice caused
 * it, while that choice stands.
 */
export interface Adjustment {
  text: string;
  setting: AdjustedSetting;
  value: unknown;
  cause?: Choice;
}

/** Why the page changed a setting, and which of the learner's choices made it do so. */
export type Because = (setting: AdjustedSetting, reason: string, cause?: Choice) => void;

const SETTINGS: Record<AdjustedSetting, { name: string; is?: string; show(value: unknown): string }> = {
  'network.outputActivation': { name: 'the output', show: (v) => ACTIVATION_LABELS[v as keyof typeof ACTIVATION_LABELS] },
  'training.loss': { name: 'the loss', show: (v) => LOSS_LABELS[v as keyof typeof LOSS_LABELS] },
  'network.features': { name: 'the input features', is: 'are', show: (v) => (v as FeatureName[]).map((f) => FEATURE_LABELS[f]).join(', ') },
  'data.noise': { name: 'the noise', show: (v) => String(v) },
  'network.hidden': { name: 'the hidden layers', is: 'are', show: (v) => describeStack(v as LayerSpec[]) },
  'training.optimizer': { name: 'the optimizer', show: (v) => OPTIMIZER_LABELS[v as keyof typeof OPTIMIZER_LABELS] },
  'training.learningRate': { name: 'the learning rate', show: (v) => String(v) },
  'training.batchSize': { name: 'the batch size', show: (v) => String(v) },
};

export function valueAt(spec: PlaygroundSpec, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], spec);
}

// Settings are strings, numbers or short arrays of strings.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function stillHolds(adjustment: Adjustment, spec: PlaygroundSpec): boolean {
  if (!same(valueAt(spec, adjustment.setting), adjustment.value)) return false;
  return !adjustment.cause || same(valueAt(spec, adjustment.cause.path), adjustment.cause.value);
}

/** Collects the reasons given while a change is settled; the last reason for a setting wins. */
export function reasonBook() {
  const reasons = new Map<AdjustedSetting, { reason: string; cause?: Choice }>();
  const because: Because = (setting, reason, cause) => void reasons.set(setting, { reason, cause });
  return { because, reasons };
}

/**
 * One sentence for every setting that ended up other than the learner left it: "Categorical
 * cross-entropy reads one probability per class, so the output is now Softmax (was Tanh)." A
 * setting the learner had just chosen and the page refused reads "so the loss is Mean squared error,
 * not Hinge". `before` is the spec before the learner's change, `chosen` just after it, `settled`
 * after the page's own changes.
 */
export function describeAdjustments(
  before: PlaygroundSpec,
  chosen: PlaygroundSpec,
  settled: PlaygroundSpec,
  reasons: ReadonlyMap<AdjustedSetting, { reason: string; cause?: Choice }>,
): Adjustment[] {
  const adjustments: Adjustment[] = [];
  for (const setting of Object.keys(SETTINGS) as AdjustedSetting[]) {
    const [was, now] = [valueAt(chosen, setting), valueAt(settled, setting)];
    if (same(was, now)) continue;
    const { name, is = 'is', show } = SETTINGS[setting];
    const { reason, cause } = reasons.get(setting) ?? { reason: 'To keep the choices working together' };
    const touched = !same(valueAt(before, setting), was);
    const text = touched ? `${reason}, so ${name} ${is} ${show(now)}, not ${show(was)}.` : `${reason}, so ${name} ${is} now ${show(now)} (was ${show(was)}).`;
    adjustments.push({ text, setting, value: now, cause });
  }
  return adjustments;
}

/** The new adjustments, after those of earlier changes that still hold (and are not said again). */
export function mergeAdjustments(earlier: readonly Adjustment[], added: readonly Adjustment[], spec: PlaygroundSpec): Adjustment[] {
  const kept = earlier.filter((old) => stillHolds(old, spec) && !added.some((a) => a.setting === old.setting));
  return [...kept, ...added];
}
