import { dense } from '../layers';
import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'activations',
  order: 2,
  title: 'Activation functions',
  summary: 'Without a non-linear activation, many layers draw no more than one line.',
  steps: [
    {
      title: 'Linear layers stay linear',
      text: [
        'This network has two hidden layers, but every neuron uses the [[linear]] activation: it passes its weighted sum on unchanged.',
        'A linear function of a linear function is still linear, so however many layers you stack, the boundary stays a straight line and the circle cannot be learned.',
        'An [[activation|activation function]] such as tanh or ReLU bends each neuron’s output. That bend is what lets layers build curved shapes.',
      ],
      task: 'Change the activation of both hidden layers to a non-linear one (tanh, ReLU, …) and reach a test accuracy of at least 0.9 within 200 epochs.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        network: { features: ['x1', 'x2'], hidden: [dense(4, 'linear'), dense(2, 'linear')] },
        training: { epochs: 200 },
      },
      check: [
        { measure: 'epoch', op: '<=', value: 200 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Use the activation menu above each hidden layer. Tanh works well here; press Reset if you trained past 200 epochs.',
      rehearsal: { good: { network: { hidden: [dense(4, 'tanh'), dense(2, 'tanh')] } }, bad: {} },
    },
    {
      title: 'ReLU draws with corners',
      text: [
        'ReLU outputs max(0, x): zero on one side, a straight ramp on the other. Networks of ReLU neurons draw boundaries made of straight pieces; tanh and sigmoid draw smooth curves.',
        'Each layer header draws its activation (solid) and its derivative (dashed): the derivative is what the [[gradient]] flows through.',
      ],
      task: 'Use ReLU in every hidden layer and reach a test accuracy of at least 0.9. Compare the boundary with the tanh one.',
      check: [
        { measure: 'hiddenActivation', op: '=', value: 'relu' },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'A ReLU network may need more neurons: try 6 in the first layer. If a neuron stays blank, it has "died": Reset with another seed.',
      rehearsal: { good: { network: { hidden: [dense(6, 'relu'), dense(2, 'relu')] } }, bad: {} },
    },
  ],
};
