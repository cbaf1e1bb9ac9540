import { classCountOf, outputActivationsFor, type LossName, type PlaygroundSpec } from './spec';
import { compatibilityProblems } from './compatibility';

/** The loss a learner most likely wants for an output, when the current one does not fit. */
function suitableLoss(spec: PlaygroundSpec): LossName {
  if (spec.network.outputActivation === 'softmax') return 'categoricalCrossEntropy';
  if (spec.network.outputActivation === 'sigmoid' && classCountOf(spec.data) === 2) return 'binaryCrossEntropy';
  return 'meanSquaredError';
}

/**
 * The dataset decides the problem; the output layer and loss follow it. Changes the spec in place
 * and returns a sentence for each adjustment made.
 */
export function fitOutputToProblem(spec: PlaygroundSpec, options: { lossLocked?: boolean } = {}): string[] {
  const changes: string[] = [];
  const allowed = outputActivationsFor(spec.data);
  if (!allowed.includes(spec.network.outputActivation)) {
    changes.push(`The output cannot be ${spec.network.outputActivation} for this dataset; using ${allowed[0]}.`);
    spec.network.outputActivation = allowed[0];
    // As when the learner picks softmax by hand (setOutput): one probability per class is read with
    // cross-entropy, and mean squared error was only the two-class default, not a choice.
    // A preference, not a necessity: a loss the teacher or the lesson locked stays.
    if (allowed[0] === 'softmax' && spec.training.loss === 'meanSquaredError' && !options.lossLocked) {
      spec.training.loss = 'categoricalCrossEntropy';
      changes.push('Softmax gives one probability per class, which categorical cross-entropy reads best: using it instead of mean squared error.');
    }
  }
  const lossProblem = compatibilityProblems(spec).find((p) => p.path.join('.') === 'training.loss');
  if (lossProblem) {
    const loss = suitableLoss(spec);
    changes.push(`${lossProblem.message}; using ${loss} instead.`);
    spec.training.loss = loss;
  }
  return changes;
}
