import { outputActivationsFor, problemTypeOf, type PlaygroundSpec } from './spec';

/**
 * The dataset decides the problem; the output layer and loss follow it. Changes the spec in place
 * and returns a sentence for each adjustment made.
 */
export function fitOutputToProblem(spec: PlaygroundSpec): string[] {
  const changes: string[] = [];
  const problem = problemTypeOf(spec.data.dataset);
  const allowed = outputActivationsFor(problem);
  if (!allowed.includes(spec.network.outputActivation)) {
    changes.push(`A ${problem} output cannot be ${spec.network.outputActivation}; using ${allowed[0]}.`);
    spec.network.outputActivation = allowed[0];
  }
  const crossEntropyFits = problem === 'classification' && spec.network.outputActivation === 'sigmoid';
  if (spec.training.loss === 'binaryCrossEntropy' && !crossEntropyFits) {
    changes.push('Binary cross-entropy needs a sigmoid classification output; using mean squared error.');
    spec.training.loss = 'meanSquaredError';
  }
  return changes;
}
