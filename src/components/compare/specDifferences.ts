import { slopeNote } from '../../shared/layers/dense';
import { entryOf } from '../../shared/layers/registry';
import {
  effectiveBatchSize,
  isTableDataset,
  trainingPointsOf,
  type LayerSpec,
  type OptimizerName,
  type PlaygroundSpec,
} from '../../shared/spec';
import { ACTIVATION_LABELS, activationInSentence, DATASET_LABELS, FEATURE_LABELS, LOSS_LABELS, OPTIMIZER_LABELS } from '../../shared/displayNames';
import { INITIALIZER_LABELS } from '../controls/labels';

/**
 * One thing a learner may have changed between runs. `value` is null where it does not apply
 * (noise of a table, β1 of plain SGD); `phrase` says the value on its own, in the "Same:" line.
 */
interface Aspect {
  label: string;
  value(spec: PlaygroundSpec): string | null;
  phrase(value: string): string;
}

/** "Tanh" reads as "tanh" inside a phrase; names like "ReLU" or "Leaky ReLU" keep their capitals. */
/** "4, 2 tanh" when every layer is dense with one activation, else "4 ReLU, dropout 0.2, 2 tanh". */
export function describeLayers(layers: LayerSpec[]): string {
  if (layers.length === 0) return 'no hidden layer';
  const dense = layers.filter((layer) => layer.kind === 'dense');
  const oneActivation = dense.length === layers.length && new Set(dense.map((layer) => `${layer.activation}${slopeNote(layer)}`)).size === 1;
  if (oneActivation) return `${dense.map((layer) => layer.units).join(', ')} ${activationInSentence(dense[0].activation)}${slopeNote(dense[0])}`;
  return layers.map((layer) => entryOf(layer).summary(layer)).join(', ');
}

function describeInitializers(spec: PlaygroundSpec): string {
  const hidden = spec.network.hidden.flatMap((layer) => (layer.kind === 'dense' ? [layer.initializer] : []));
  const all = [...hidden, spec.network.outputInitializer];
  if (new Set(all).size === 1) return INITIALIZER_LABELS[all[0]];
  return `${hidden.map((name) => INITIALIZER_LABELS[name]).join(', ')}, output ${INITIALIZER_LABELS[spec.network.outputInitializer]}`;
}

function describeRegularization(spec: PlaygroundSpec): string {
  const parts = spec.network.hidden.flatMap((layer, index) => {
    const penalty = entryOf(layer).penalty(layer);
    if (!penalty) return [];
    const terms = [penalty.l1 !== 0 ? `L1 ${penalty.l1}` : '', penalty.l2 !== 0 ? `L2 ${penalty.l2}` : ''].filter(Boolean);
    return [`${terms.join(' ')} on layer ${index + 1}`];
  });
  return parts.length === 0 ? 'none' : parts.join(', ');
}

const generated = (spec: PlaygroundSpec) => !isTableDataset(spec.data.dataset);
const usesParam = (optimizers: OptimizerName[]) => (spec: PlaygroundSpec) => optimizers.includes(spec.training.optimizer);
const named = (label: string) => (value: string) => `${label} ${value}`;
const bare = (value: string) => value;

function optimizerParam(label: string, key: 'momentum' | 'beta1' | 'beta2' | 'epsilon' | 'rho', optimizers: OptimizerName[]): Aspect {
  const applies = usesParam(optimizers);
  return { label, value: (spec) => (applies(spec) ? String(spec.training[key]) : null), phrase: named(label) };
}

/** In the order a learner reads the page: data, network, training. */
const ASPECTS: Aspect[] = [
  {
    label: 'Dataset',
    value: (spec) => (spec.data.dataset === 'upload' ? `“${spec.data.table?.fileName ?? 'uploaded file'}”` : DATASET_LABELS[spec.data.dataset]),
    phrase: bare,
  },
  {
    label: 'Columns',
    value: (spec) => (spec.data.table ? `${spec.data.table.inputs.join(', ')} → ${spec.data.table.target}${spec.data.table.standardize ? ', standardized' : ''}` : null),
    phrase: named('columns'),
  },
  { label: 'Noise', value: (spec) => (generated(spec) ? String(spec.data.noise) : null), phrase: named('noise') },
  { label: 'Points', value: (spec) => (generated(spec) ? String(spec.data.numPoints) : null), phrase: (v) => `${v} points` },
  { label: 'Training ratio', value: (spec) => `${spec.data.trainPercent}%`, phrase: (v) => `${v} for training` },
  { label: 'Data seed', value: (spec) => (generated(spec) ? String(spec.data.dataSeed) : null), phrase: named('data seed') },
  { label: 'Features', value: (spec) => (generated(spec) ? spec.network.features.map((f) => FEATURE_LABELS[f]).join(', ') : null), phrase: named('features') },
  { label: 'Layers', value: (spec) => describeLayers(spec.network.hidden), phrase: named('layers') },
  { label: 'Output', value: (spec) => ACTIVATION_LABELS[spec.network.outputActivation], phrase: named('output') },
  { label: 'Initializer', value: describeInitializers, phrase: named('initializer') },
  { label: 'Regularization', value: describeRegularization, phrase: named('regularization') },
  { label: 'Loss', value: (spec) => LOSS_LABELS[spec.training.loss], phrase: bare },
  { label: 'Optimizer', value: (spec) => OPTIMIZER_LABELS[spec.training.optimizer], phrase: bare },
  { label: 'Learning rate', value: (spec) => String(spec.training.learningRate), phrase: named('learning rate') },
  // What the run really used: batch gradient descent takes every point, SGD one.
  { label: 'Batch size', value: (spec) => String(effectiveBatchSize(spec.training, trainingPointsOf(spec.data))), phrase: named('batch size') },
  optimizerParam('Momentum', 'momentum', ['momentum']),
  optimizerParam('β1', 'beta1', ['adam', 'adamax']),
  optimizerParam('β2', 'beta2', ['adam', 'adamax']),
  optimizerParam('ε', 'epsilon', ['adam', 'adamax', 'rmsprop', 'adadelta']),
  optimizerParam('ρ', 'rho', ['rmsprop', 'adadelta']),
  { label: 'Gradient clipping', value: (spec) => (spec.training.gradientClip === 0 ? 'off' : String(spec.training.gradientClip)), phrase: named('clipping') },
  { label: 'Seed', value: (spec) => String(spec.training.seed), phrase: named('seed') },
];

export interface SpecComparison {
  /** What differed, with each run's value in the order the specs were given. */
  differed: { label: string; values: string[] }[];
  /** What every run shared, each as a short phrase ("noise 0", "seed 1"). */
  same: string[];
}

/**
 * What differed among runs and what they shared. An aspect that applies to some runs only (β1 when
 * one run is Adam and another SGD) is left out: the difference that causes it is already listed.
 */
export function compareSpecs(specs: PlaygroundSpec[]): SpecComparison {
  const differed: SpecComparison['differed'] = [];
  const same: string[] = [];
  if (specs.length === 0) return { differed, same };
  for (const aspect of ASPECTS) {
    const values = specs.map((spec) => aspect.value(spec));
    if (values.some((value) => value === null)) continue;
    const present = values as string[];
    if (new Set(present).size > 1) differed.push({ label: aspect.label, values: present });
    else same.push(aspect.phrase(present[0]));
  }
  return { differed, same };
}

/** One run's side of the differences: "Optimizer: Adam; Learning rate: 0.1"; empty when nothing differed. */
export function differencesOf(comparison: SpecComparison, index: number): string {
  return comparison.differed.map(({ label, values }) => `${label}: ${values[index]}`).join('; ');
}

/** "Same: Circle; noise 0; …", or for a single run "Settings: …". */
export function sharedSentence(comparison: SpecComparison, runs: number): string {
  if (comparison.same.length === 0) return '';
  return `${runs > 1 ? 'Same' : 'Settings'}: ${comparison.same.join('; ')}`;
}
