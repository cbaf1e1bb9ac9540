import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'learning-rate',
  order: 5,
  title: 'Gradient descent and the learning rate',
  summary: 'Training walks downhill on the loss; the learning rate is the length of each step.',
  steps: [
    {
      title: 'Too small a step',
      text: [
        'For every weight, the [[gradient]] says which way the loss goes up. [[gradientDescent|Gradient descent]] moves each weight a little the other way, again and again.',
        'How far it moves is the [[learningRate|learning rate]] times the gradient. This one is set to 0.0003: every step is tiny, and after 100 epochs the network has barely moved.',
      ],
      task: 'Find a learning rate that brings the test loss below 0.1 within 100 epochs.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        training: { learningRate: 0.0003, epochs: 100 },
      },
      check: [
        { measure: 'epoch', op: '<=', value: 100 },
        { measure: 'testLoss', op: '<', value: 0.1 },
      ],
      hint: 'Try 0.03 or 0.1 in the Learning rate field. The rate can change while training, but the epoch budget counts from the start: press Reset to start over.',
      rehearsal: { good: { training: { learningRate: 0.1 } }, bad: {} },
    },
    {
      title: 'Too big a step',
      text: [
        'With a huge learning rate, each step jumps right over the valley to a higher point on the other side, and the next jumps further still: the loss [[diverge|diverges]].',
        'The page stops such a run and says so rather than showing endless digits.',
      ],
      task: 'On this regression problem, raise the learning rate until training diverges.',
      setup: {
        data: { dataset: 'plane', noise: 0 },
        network: { outputActivation: 'linear' },
        training: { learningRate: 0.01, epochs: null },
      },
      check: [{ measure: 'diverged', op: '=', value: 'yes' }],
      hint: 'Try a learning rate of 1 or more, then Train.',
      rehearsal: { good: { training: { learningRate: 3 } }, bad: {} },
    },
  ],
};
