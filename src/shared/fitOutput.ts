import type { Because } from './adjustments';
import { compatibilityProblems } from './compatibility';
import { ACTIVATION_LABELS } from './displayNames';
import { classCountOf, outputActivationsFor, problemTypeOf, type LossName, type PlaygroundSpec } from './spec';

/** The loss a learner most likely wants for an output, when the current one does not fit. */
function suitableLoss(spec: PlaygroundSpec): LossName {
  if (spec.network.outputActivation === 'softmax') return 'categoricalCrossEntropy';
  if (spec.network.outputActivation === 'sigmoid' && classCountOf(spec.data) === 2) return 'binaryCrossEntropy';
  return 'meanSquaredError';
}

/** Why an output does not fit the data, in words that lead to the output chosen instead. */
function outputReason(spec: PlaygroundSpec): string {
  const classes = classCountOf(spec.data);
  if (classes > 2) return `This dataset has ${classes} classes, which need a softmax output with one unit per class`;
  if (problemTypeOf(spec.data) === 'regression') return 'A regression output must be able to take any value';
  return `A ${ACTIVATION_LABELS[spec.network.outputActivation]} output does not fit a two-class problem`;
}

export const SOFTMAX_LOSS_REASON = 'Softmax gives one probability per class, which categorical cross-entropy reads best';

/**
 * The dataset decides the problem; the output layer and loss follow it. Changes the spec in place,
 * and gives `because` the reason for each setting it changed.
 */
export function fitOutputToProblem(spec: PlaygroundSpec, options: { lossLocked?: boolean; because?: Because } = {}): void {
  const because: Because = options.because ?? (() => {});
  const allowed = outputActivationsFor(spec.data);
  const dataset = { path: 'data.dataset', value: spec.data.dataset };
  if (!allowed.includes(spec.network.outputActivation)) {
    because('network.outputActivation', outputReason(spec), dataset);
    spec.network.outputActivation = allowed[0];
    // As when the learner picks softmax by hand (setOutput): one probability per class is read with
    // cross-entropy, and mean squared error was only the two-class default, not a choice.
    // A preference, not a necessity: a loss the teacher or the lesson locked stays.
    if (allowed[0] === 'softmax' && spec.training.loss === 'meanSquaredError' && !options.lossLocked) {
      spec.training.loss = 'categoricalCrossEntropy';
      because('training.loss', SOFTMAX_LOSS_REASON, dataset);
    }
  }
  const lossProblem = compatibilityProblems(spec).find((p) => p.path.join('.') === 'training.loss');
  if (lossProblem) {
    because('training.loss', lossProblem.message);
    spec.training.loss = suitableLoss(spec);
  }
}
