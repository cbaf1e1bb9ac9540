import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'batches',
  order: 6,
  title: 'Epochs, batches and iterations',
  summary: 'How the training points are cut into batches, and how many updates an epoch makes.',
  steps: [
    {
      title: 'Counting iterations',
      text: [
        'An [[epoch]] is one pass over all the training points. The points are cut into [[batch|batches]]; each batch gives one [[iteration]]: one update of the weights.',
        'There are 500 points and half of them are for training: 250 training points. With a batch size of 10, an epoch has 25 iterations. Watch “iteration I of N” in the top bar.',
      ],
      task: 'Set the batch size so that one epoch has exactly 5 iterations, then press Step to train one epoch.',
      setup: {
        data: { dataset: 'circle', noise: 0, numPoints: 500, trainPercent: 50 },
        training: { optimizer: 'miniBatchSgd', batchSize: 10 },
      },
      check: [
        { measure: 'iterationsPerEpoch', op: '=', value: 5 },
        { measure: 'epoch', op: '>=', value: 1 },
      ],
      hint: '250 training points in 5 batches: how many points per batch?',
      rehearsal: { good: { training: { batchSize: 50 } }, bad: { training: { batchSize: 25 } } },
    },
    {
      title: 'Many small steps or few big ones',
      text: [
        'A bigger batch gives a steadier gradient but fewer updates per epoch. A batch of 1 (stochastic gradient descent) updates 250 times per epoch, noisily.',
      ],
      task: 'Bring the test loss below 0.1 within 15 epochs by choosing the batch size.',
      setup: {
        data: { dataset: 'circle', noise: 0, numPoints: 500, trainPercent: 50 },
        training: { optimizer: 'miniBatchSgd', batchSize: 250, epochs: 15 },
      },
      check: [
        { measure: 'epoch', op: '<=', value: 15 },
        { measure: 'testLoss', op: '<', value: 0.1 },
      ],
      hint: 'More updates per epoch help here: try a batch size of 5 or less. Reset to start the 15 epochs over.',
      rehearsal: { good: { training: { batchSize: 5 } }, bad: {} },
    },
  ],
};
