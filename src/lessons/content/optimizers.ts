import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'optimizers',
  order: 7,
  title: 'Optimizers compared: SGD, momentum, Adam',
  summary: 'Same data, same seed, different update rules: compare how fast the loss falls.',
  steps: [
    {
      title: 'Adam against plain SGD',
      text: [
        'The [[optimizer]] decides how gradients become weight changes. Plain SGD moves every weight by the same learning rate times its gradient; with a small rate it crawls.',
        '[[adam|Adam]] keeps running averages of each weight’s gradient and its square, and scales every step by them: weights with small, steady gradients get bigger steps.',
      ],
      task: 'Keep the learning rate at 0.005. Switch the optimizer so that the test loss falls below 0.1 within 60 epochs.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        training: { optimizer: 'miniBatchSgd', learningRate: 0.005, epochs: 60 },
      },
      lock: ['learningRate'],
      check: [
        { measure: 'learningRate', op: '=', value: 0.005 },
        { measure: 'epoch', op: '<=', value: 60 },
        { measure: 'testLoss', op: '<', value: 0.1 },
      ],
      hint: 'Choose Adam in the Optimizer menu and train again; the first run stays in the run list for comparison.',
      rehearsal: { good: { training: { optimizer: 'adam' } }, bad: {} },
    },
    {
      title: 'Momentum',
      text: [
        '[[momentum|Momentum]] adds part of the previous step to the next one, so steps build up speed where the gradient keeps pointing the same way.',
        'Open Run comparison below the workspace and overlay your runs: same data, same seed, different optimizers.',
      ],
      task: 'With the same learning rate, use Momentum and reach a test loss below 0.1 within 60 epochs.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        training: { optimizer: 'miniBatchSgd', learningRate: 0.005, epochs: 60 },
      },
      lock: ['learningRate'],
      check: [
        { measure: 'optimizer', op: '=', value: 'momentum' },
        { measure: 'epoch', op: '<=', value: 60 },
        { measure: 'testLoss', op: '<', value: 0.1 },
      ],
      hint: 'Pick Momentum in the Optimizer menu (momentum 0.9) and train.',
      rehearsal: { good: { training: { optimizer: 'momentum' } }, bad: {} },
    },
  ],
};
