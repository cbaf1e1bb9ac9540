import { dense } from '../layers';
import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'softmax',
  order: 11,
  title: 'Multi-class with softmax',
  summary: 'More than two classes: one output per class, turned into probabilities by softmax.',
  steps: [
    {
      title: 'Four classes',
      text: [
        'With more than two classes the output layer has one neuron per class. [[softmax|Softmax]] turns their scores into probabilities that add up to 1, and the predicted class is the most probable one. The loss is categorical [[crossEntropy|cross-entropy]].',
        'The four blobs sit above, below, left and right of the centre. With x1 alone the network only knows how far left or right a point is.',
      ],
      task: 'Give the network the input it is missing and reach a test accuracy of at least 0.95.',
      setup: {
        data: { dataset: 'blobs4', noise: 10 },
        network: { features: ['x1'], hidden: [], outputActivation: 'softmax' },
        training: { loss: 'categoricalCrossEntropy', optimizer: 'adam', learningRate: 0.03, epochs: 100 },
      },
      check: [
        { measure: 'epoch', op: '<=', value: 100 },
        { measure: 'testAccuracy', op: '>=', value: 0.95 },
      ],
      hint: 'Tick x2 in the Features column, Reset and train. The confusion matrix shows which classes were mixed up.',
      rehearsal: { good: { network: { features: ['x1', 'x2'] } }, bad: {} },
    },
    {
      title: 'Three spirals',
      text: ['Three interleaved spiral arms need curved boundaries: hidden layers with non-linear activations, and some patience. The [[accuracy]] is the share of test points whose most probable class is right.'],
      task: 'Build a network that reaches a test accuracy of at least 0.8 on the three spirals.',
      setup: {
        data: { dataset: 'spiral3', noise: 0 },
        network: { features: ['x1', 'x2'], hidden: [], outputActivation: 'softmax' },
        training: { loss: 'categoricalCrossEntropy', optimizer: 'adam', learningRate: 0.03, epochs: null },
      },
      check: [{ measure: 'testAccuracy', op: '>=', value: 0.8 }],
      hint: 'Try two hidden layers of 12 tanh neurons, and the sin features. It can take a few hundred epochs.',
      rehearsal: { good: { network: { features: ['x1', 'x2', 'sinX1', 'sinX2'], hidden: [dense(12, 'tanh'), dense(12, 'tanh')] }, training: { epochs: 300 } }, bad: { training: { epochs: 300 } } },
    },
  ],
};
