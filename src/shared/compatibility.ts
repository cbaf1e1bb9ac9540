import { ACTIVATION_LABELS } from './displayNames';
import { inferShapes } from './layers/inferShapes';
import { classCountOf, isTableDataset, effectiveBatchSize, outputActivationsFor, problemTypeOf, trainingPointsOf, type PlaygroundSpec } from './spec';

export interface SpecProblem {
  path: string[];
  message: string;
  /** A dense layer that receives images: inserting a Flatten layer at this index of the hidden layers fixes it. */
  insertFlattenAt?: number;
}

/**
 * Choices that are each valid but do not work together, explained in words a learner can act on
 * before training, rather than discovered as NaN or a flat loss.
 */
export function compatibilityProblems(spec: PlaygroundSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const classes = classCountOf(spec.data);
  const output = spec.network.outputActivation;
  const loss = spec.training.loss;
  const outputPath = ['network', 'outputActivation'];
  if (isTableDataset(spec.data.dataset) !== (spec.data.table !== null)) {
    problems.push({ path: ['data', 'table'], message: isTableDataset(spec.data.dataset) ? 'A table dataset needs its column roles' : 'Generated data has no column roles' });
  }
  const roles = spec.data.table;
  if (roles) {
    if (roles.inputs.includes(roles.target)) problems.push({ path: ['data', 'table'], message: `The target column "${roles.target}" cannot also be an input` });
    if (roles.axes.some((axis) => !roles.inputs.includes(axis))) problems.push({ path: ['data', 'table'], message: 'The picture axes must be input columns' });
  }
  const lossPath = ['training', 'loss'];
  if (!outputActivationsFor(spec.data).includes(output)) {
    const why =
      classes > 2
        ? `${classes} classes need a softmax output with one unit per class`
        : problemTypeOf(spec.data) === 'regression'
          ? 'a regression output must be able to take any value: use a Linear output'
          : `a ${ACTIVATION_LABELS[output]} output does not fit a two-class problem`;
    problems.push({ path: outputPath, message: `Output ${ACTIVATION_LABELS[output]} does not fit this dataset: ${why}` });
  }
  if (loss === 'binaryCrossEntropy' && !(classes === 2 && output === 'sigmoid')) {
    problems.push({ path: lossPath, message: 'Binary cross-entropy needs two classes and a sigmoid output (a probability between 0 and 1)' });
  }
  if (loss === 'categoricalCrossEntropy' && output !== 'softmax') {
    problems.push({ path: lossPath, message: 'Categorical cross-entropy needs a softmax output with one unit per class' });
  }
  if (loss === 'hinge' && !(classes === 2 && (output === 'tanh' || output === 'linear'))) {
    problems.push({ path: lossPath, message: 'Hinge loss needs two classes and a tanh or linear output (a score whose sign is the class)' });
  }
  const batch = effectiveBatchSize(spec.training, trainingPointsOf(spec.data));
  spec.network.hidden.forEach((layer, i) => {
    if (layer.kind === 'batchNorm' && batch < 2) {
      problems.push({
        path: ['network', 'hidden', String(i)],
        message: `Batch normalization in layer ${i + 1} needs batches of at least 2 points; SGD and batch size 1 give it one`,
      });
    }
  });
  const hiddenCount = spec.network.hidden.length;
  inferShapes(spec).layers.forEach((shaped, i) => {
    if (!shaped.problem) return;
    const where = i < hiddenCount ? `Layer ${i + 1}` : 'The output layer';
    const flattenFixes = shaped.layer.kind === 'dense' && shaped.input.length > 1;
    problems.push({
      path: i < hiddenCount ? ['network', 'hidden', String(i)] : outputPath,
      message: `${where} cannot take its input: ${shaped.problem}`,
      ...(flattenFixes ? { insertFlattenAt: i } : {}),
    });
  });
  return problems;
}
