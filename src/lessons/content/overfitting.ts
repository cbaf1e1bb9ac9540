import { denseStack } from '../setup';
import type { Lesson } from '../types';

const fewNoisyPoints = { dataset: 'moons', noise: 40, numPoints: 60, trainPercent: 50 } as const;

export const lesson: Lesson = {
  id: 'overfitting',
  order: 8,
  title: 'Overfitting and regularization',
  summary: 'A big network on few noisy points learns the noise; L2, dropout and more data fight back.',
  steps: [
    {
      title: 'Learning the noise',
      text: [
        'Here are only 30 [[trainingSet|training points]], with a lot of noise, and a network with three hidden layers of 16 neurons: far more weights than points.',
        'Such a network can bend its boundary around every single training point, noise included. The training loss gets very small, while the [[testSet|test]] loss stays high: that gap is [[overfitting]].',
      ],
      task: 'Train until the training loss is below 0.05, and look at how far the test loss is from it (tick “Show test data” to see the test points).',
      setup: {
        data: fewNoisyPoints,
        network: { features: ['x1', 'x2'], hidden: denseStack(3, 16, 'relu') },
        training: { optimizer: 'adam', learningRate: 0.01, epochs: 400 },
      },
      check: [{ measure: 'trainLoss', op: '<', value: 0.05 }],
      hint: 'Just press Train and wait: this network is big enough to memorise 30 points.',
      rehearsal: { good: {}, bad: { network: { hidden: [] } } },
    },
    {
      title: 'Regularize',
      text: [
        '[[regularization|Regularization]] makes memorising harder. [[l2|L2]] adds the squared weights to the loss, so large weights (sharp bends) cost something. [[dropout|Dropout]] switches off random neurons while training, so no neuron can count on another.',
      ],
      task: 'Add L2 (in the layer settings under the diagram, e.g. 0.01 on each layer) or a dropout layer, and keep the training loss above 0.1 while the test loss falls below 0.35.',
      setup: {
        data: fewNoisyPoints,
        network: { features: ['x1', 'x2'], hidden: denseStack(3, 16, 'relu') },
        training: { optimizer: 'adam', learningRate: 0.01, epochs: 400 },
      },
      check: [
        { measure: 'regularized', op: '=', value: 'yes' },
        { measure: 'trainLoss', op: '>', value: 0.1 },
        { measure: 'testLoss', op: '<', value: 0.35 },
      ],
      hint: 'Set “L2 of layer 1”, 2 and 3 to 0.01, Reset and train. A smoother boundary fits the training points less exactly and new points better.',
    },
    {
      title: 'More data',
      text: ['The surest cure for overfitting is more data: with many points, the noise averages out and memorising them all is no longer possible.'],
      task: 'Without any regularization, raise the number of points to 500 or more and train until the test loss is below 0.3.',
      check: [
        { measure: 'regularized', op: '=', value: 'no' },
        { measure: 'testLoss', op: '<', value: 0.3 },
      ],
      hint: 'Set the L2 fields back to 0 (and remove dropout), put 600 in “Number of points”, and train.',
    },
  ],
};
