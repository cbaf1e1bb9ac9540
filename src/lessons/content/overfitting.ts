import { denseStack } from '../layers';
import type { Lesson } from '../types';

const fewNoisyPoints = { dataset: 'gauss', noise: 50, numPoints: 60, trainPercent: 50 } as const;

export const lesson: Lesson = {
  id: 'overfitting',
  order: 8,
  title: 'Overfitting and regularization',
  summary: 'A big network on few noisy points learns the noise; L2, dropout and more data fight back.',
  steps: [
    {
      title: 'Learning the noise',
      text: [
        'Here are only 30 [[trainingSet|training points]] from two overlapping clouds, so some points sit on the wrong side, and a network with three hidden layers of 16 neurons: far more weights than points.',
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
      task: 'Add L2 (in the layer settings under the diagram) or dropout layers, and get a test loss below 0.35 after at least 150 epochs, when the plain network has long started memorising.',
      setup: {
        data: fewNoisyPoints,
        network: { features: ['x1', 'x2'], hidden: denseStack(3, 16, 'relu') },
        training: { optimizer: 'adam', learningRate: 0.01, epochs: 400 },
      },
      check: [
        { measure: 'regularized', op: '=', value: 'yes' },
        { measure: 'epoch', op: '>=', value: 150 },
        { measure: 'testLoss', op: '<', value: 0.35 },
      ],
      hint: 'Set “L2 of layer 1”, 2 and 3 to 0.1, Reset and train. A smoother boundary fits the training points less exactly and new points better.',
      rehearsal: { good: { network: { hidden: denseStack(3, 16, 'relu').map((layer) => ({ ...layer, l2: 0.1 })) } }, bad: {} },
    },
    {
      title: 'More data',
      text: ['The surest cure for overfitting is more data: with many points, the noise averages out and memorising them all is no longer possible.'],
      task: 'Without any regularization, raise the number of points to 500 or more, and keep the test loss below 0.3 after 150 epochs of training, when a small data set would long have been memorised.',
      check: [
        { measure: 'regularized', op: '=', value: 'no' },
        { measure: 'epoch', op: '>=', value: 150 },
        { measure: 'testLoss', op: '<', value: 0.3 },
      ],
      hint: 'Set the L2 fields back to 0 (and remove dropout), put 600 in “Number of points”, and train.',
      rehearsal: { good: { data: { ...fewNoisyPoints, numPoints: 600 }, network: { hidden: denseStack(3, 16, 'relu') } }, bad: { network: { hidden: denseStack(3, 16, 'relu') } } },
    },
  ],
};
