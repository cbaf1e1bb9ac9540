import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'losses',
  order: 4,
  title: 'Loss functions',
  summary: 'The loss is the one number training makes small; which one you pick says what “wrong” means.',
  steps: [
    {
      title: 'Cross-entropy for classes',
      text: [
        'The [[loss]] turns every prediction’s error into one number. [[mse|Mean squared error]] measures distance to the target, like in regression.',
        'For classes, [[crossEntropy|binary cross-entropy]] reads the output as the probability of "blue" and punishes confident wrong answers very hard. It needs a sigmoid output between 0 and 1, so choosing it switches the output to sigmoid.',
      ],
      task: 'Switch the loss to binary cross-entropy and reach a test accuracy of at least 0.95 within 100 epochs.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        training: { loss: 'meanSquaredError', epochs: 100 },
      },
      check: [
        { measure: 'loss', op: '=', value: 'binaryCrossEntropy' },
        { measure: 'epoch', op: '<=', value: 100 },
        { measure: 'testAccuracy', op: '>=', value: 0.95 },
      ],
      hint: 'Use the Loss menu in the top bar. Note that the loss values are not comparable between different losses: compare accuracies instead.',
      rehearsal: {
        good: { network: { outputActivation: 'sigmoid' }, training: { loss: 'binaryCrossEntropy' } },
        bad: { training: { loss: 'hinge' } },
      },
    },
    {
      title: 'Absolute error for numbers',
      text: [
        'In regression the network predicts a number. Mean squared error counts a mistake twice as big four times as much; mean absolute error counts it twice as much, so a few far-off points matter less.',
      ],
      task: 'On this regression data, use mean absolute error and reach a test loss below 0.1.',
      setup: {
        data: { dataset: 'plane', noise: 10 },
        network: { features: ['x1', 'x2'], outputActivation: 'linear' },
        training: { loss: 'meanSquaredError', epochs: null },
      },
      check: [
        { measure: 'loss', op: '=', value: 'meanAbsoluteError' },
        { measure: 'testLoss', op: '<', value: 0.1 },
      ],
      hint: 'Pick "Mean absolute error" in the Loss menu, then train. The plane is nearly linear, so it learns fast.',
      rehearsal: { good: { training: { loss: 'meanAbsoluteError' } }, bad: {} },
    },
  ],
};
