import { inferShapes } from './layers/inferShapes';
import { entryOf } from './layers/registry';
import type { LossPoint } from './engineTypes';
import type { DenseLayerSpec, PlaygroundSpec } from './spec';

/**
 * One vocabulary for everything that checks a learner's result: lesson steps and teacher
 * challenges. A check is a list of conditions, all of which must hold; each condition compares one
 * measure of the run or of the network with a value.
 */

/** What the checks read: the real run's latest figures and the network it was trained with. */
export interface CheckContext {
  spec: PlaygroundSpec;
  latest: LossPoint | null;
  /** Completed epochs of the current run. */
  epoch: number;
  iterationsPerEpoch: number;
  diverged: boolean;
}

type Measured = number | string | null;

interface Measure {
  label: string;
  /** 'run' measures need at least one trained epoch; 'network' ones are read off the spec. */
  source: 'run' | 'network';
  kind: 'number' | 'text';
  read(context: CheckContext): Measured;
  /** How a value reads in a sentence; defaults to the value itself. */
  show?(value: Measured): string;
}

const denseLayers = (spec: PlaygroundSpec) => spec.network.hidden.filter((layer): layer is DenseLayerSpec => layer.kind === 'dense');

/** The value every dense hidden layer shares, "mixed" when they differ, "none" without any. */
function commonToDenseLayers(spec: PlaygroundSpec, pick: (layer: DenseLayerSpec) => string): string {
  const values = new Set(denseLayers(spec).map(pick));
  if (values.size === 0) return 'none';
  return values.size === 1 ? [...values][0] : 'mixed';
}
const finiteOrNull = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : value);
const showNumber = (value: Measured) => (typeof value === 'number' ? String(Number(value.toPrecision(4))) : '–');

export const MEASURES = {
  testLoss: { label: 'test loss', source: 'run', kind: 'number', read: (c) => finiteOrNull(c.latest?.test), show: showNumber },
  trainLoss: { label: 'training loss', source: 'run', kind: 'number', read: (c) => finiteOrNull(c.latest?.train), show: showNumber },
  testAccuracy: { label: 'test accuracy', source: 'run', kind: 'number', read: (c) => finiteOrNull(c.latest?.testAccuracy), show: showNumber },
  trainAccuracy: { label: 'training accuracy', source: 'run', kind: 'number', read: (c) => finiteOrNull(c.latest?.trainAccuracy), show: showNumber },
  epoch: { label: 'epochs trained', source: 'run', kind: 'number', read: (c) => c.epoch },
  iterationsPerEpoch: { label: 'iterations per epoch', source: 'run', kind: 'number', read: (c) => c.iterationsPerEpoch },
  diverged: { label: 'the loss diverged', source: 'run', kind: 'text', read: (c) => (c.diverged ? 'yes' : 'no') },
  hiddenLayers: { label: 'hidden dense layers', source: 'network', kind: 'number', read: (c) => denseLayers(c.spec).length },
  hiddenNeurons: {
    label: 'hidden neurons',
    source: 'network',
    kind: 'number',
    read: (c) => denseLayers(c.spec).reduce((sum, layer) => sum + layer.units, 0),
  },
  parameters: { label: 'parameters', source: 'network', kind: 'number', read: (c) => inferShapes(c.spec).totalParams },
  convolutionLayers: { label: 'convolution layers', source: 'network', kind: 'number', read: (c) => c.spec.network.hidden.filter((layer) => layer.kind === 'conv2d').length },
  features: { label: 'input features', source: 'network', kind: 'text', read: (c) => c.spec.network.features.join(',') },
  hiddenActivation: { label: 'activation of every hidden layer', source: 'network', kind: 'text', read: (c) => commonToDenseLayers(c.spec, (l) => l.activation) },
  hiddenInitializer: { label: 'initializer of every hidden layer', source: 'network', kind: 'text', read: (c) => commonToDenseLayers(c.spec, (l) => l.initializer) },
  regularized: {
    label: 'regularization (L1, L2 or dropout)',
    source: 'network',
    kind: 'text',
    read: (c) => (c.spec.network.hidden.some((layer) => entryOf(layer).penalty(layer) !== null || layer.kind === 'dropout') ? 'yes' : 'no'),
  },
  optimizer: { label: 'optimizer', source: 'network', kind: 'text', read: (c) => c.spec.training.optimizer },
  loss: { label: 'loss', source: 'network', kind: 'text', read: (c) => c.spec.training.loss },
  learningRate: { label: 'learning rate', source: 'network', kind: 'number', read: (c) => c.spec.training.learningRate },
  batchSize: { label: 'batch size', source: 'network', kind: 'number', read: (c) => c.spec.training.batchSize },
} satisfies Record<string, Measure>;

export type MeasureName = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as MeasureName[];

export const OPERATORS = ['<=', '>=', '<', '>', '='] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  measure: MeasureName;
  op: Operator;
  value: number | string;
}

export interface ConditionResult {
  condition: Condition;
  met: boolean;
  /** The measured value as it reads on the page ("0.043", "not trained yet"). */
  actual: string;
}

export interface CheckResult {
  passed: boolean;
  results: ConditionResult[];
}

const OPERATOR_WORDS: Record<Operator, string> = { '<=': 'at most', '>=': 'at least', '<': 'below', '>': 'above', '=': '' };

/** "test loss below 0.05", "at most 8 hidden neurons", "optimizer is adam". */
export function describeCondition(condition: Condition, names: (value: string) => string = (v) => v): string {
  const measure: Measure = MEASURES[condition.measure];
  if (measure.kind === 'text') {
    if (condition.measure === 'diverged') return condition.value === 'yes' ? 'the loss diverges' : 'the loss does not diverge';
    if (condition.measure === 'regularized') return condition.value === 'yes' ? 'some regularization is used' : 'no regularization is used';
    const shown = String(condition.value).split(',').map(names).join(', ');
    return `${measure.label}: ${shown}`;
  }
  if (condition.op === '=') return `${measure.label} exactly ${condition.value}`;
  if (['hiddenNeurons', 'hiddenLayers', 'epoch', 'parameters', 'convolutionLayers'].includes(condition.measure)) {
    return `${OPERATOR_WORDS[condition.op]} ${condition.value} ${measure.label}`;
  }
  return `${measure.label} ${OPERATOR_WORDS[condition.op]} ${condition.value}`;
}

function compare(actual: Measured, op: Operator, expected: number | string): boolean {
  if (actual === null) return false;
  if (typeof actual === 'string' || typeof expected === 'string') return op === '=' && String(actual) === String(expected);
  switch (op) {
    case '<=':
      return actual <= expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '>':
      return actual > expected;
    case '=':
      return actual === expected;
  }
}

/**
 * Evaluates every condition against the real run. Figures of the run count only once at least one
 * epoch has been trained: the untrained network's loss is not a result.
 */
export function evaluateCheck(conditions: readonly Condition[], context: CheckContext): CheckResult {
  const trained = context.epoch >= 1 && context.latest !== null;
  const results = conditions.map((condition): ConditionResult => {
    const measure: Measure = MEASURES[condition.measure];
    if (measure.source === 'run' && !trained) return { condition, met: false, actual: 'not trained yet' };
    const value = measure.read(context);
    const actual = measure.show ? measure.show(value) : value === null ? '–' : String(value);
    return { condition, met: compare(value, condition.op, condition.value), actual };
  });
  return { passed: results.length > 0 && results.every((r) => r.met), results };
}
