import { dense } from '../layers';
import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'hidden-layers',
  order: 3,
  title: 'Why hidden layers: XOR',
  summary: 'XOR cannot be split by one line; a hidden layer combines several lines into one answer.',
  steps: [
    {
      title: 'One line cannot do XOR',
      text: [
        'In XOR, points are blue when x1 and x2 have the same sign and orange otherwise. No single straight line separates the two colours.',
        'A [[hiddenLayer|hidden layer]] gives the network several neurons, each drawing its own line; the output neuron then combines them, like "above this line and below that one".',
      ],
      task: 'Keep only x1 and x2 as features. Add a hidden layer and reach a test accuracy of at least 0.9 within 200 epochs.',
      setup: {
        data: { dataset: 'xor', noise: 0 },
        network: { features: ['x1', 'x2'], hidden: [] },
        training: { epochs: 200 },
      },
      check: [
        { measure: 'features', op: '=', value: 'x1,x2' },
        { measure: 'epoch', op: '<=', value: 200 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Press "Add layer": a layer of 4 tanh neurons is plenty. If you trained past 200 epochs, press Reset and train again.',
      rehearsal: { good: { network: { hidden: [dense(4, 'tanh')] } }, bad: {} },
    },
    {
      title: 'Or give it the right feature',
      text: [
        'The product x1·x2 is positive exactly when x1 and x2 have the same sign. With it as a [[feature]], XOR is one straight cut again.',
        'Hidden layers learn such features by themselves; choosing them by hand works only when you already know the answer.',
      ],
      task: 'Remove the hidden layer, add the feature x1·x2, and reach a test accuracy of at least 0.95.',
      check: [
        { measure: 'hiddenLayers', op: '=', value: 0 },
        { measure: 'testAccuracy', op: '>=', value: 0.95 },
      ],
      hint: 'Remove the layer with its × button and tick x1x2 in the Features column.',
      rehearsal: { good: { network: { hidden: [], features: ['x1', 'x2', 'x1TimesX2'] } }, bad: { network: { hidden: [] } } },
    },
  ],
};
