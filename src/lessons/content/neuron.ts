import { dense } from '../layers';
import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'neuron',
  order: 1,
  title: 'What a neuron computes',
  summary: 'One neuron: a weighted sum of its inputs plus a bias, through an activation. It draws one straight boundary.',
  steps: [
    {
      title: 'One neuron, one straight line',
      text: [
        'A [[neuron]] multiplies each input by a [[weight]], adds them up together with a [[bias]], and passes the sum through an [[activation|activation function]]: here tanh, which squashes it between −1 and 1.',
        'This network has no hidden layer: the inputs x1 and x2 go straight into a single output neuron. Where w1·x1 + w2·x2 + b = 0 it draws a straight line; one side is orange, the other blue.',
      ],
      task: 'Press Train and watch the line settle between the two clouds. Hover over the links to see the weights.',
      setup: {
        data: { dataset: 'gauss', noise: 10 },
        network: { features: ['x1', 'x2'], hidden: [] },
        training: { epochs: 60 },
      },
      check: [
        { measure: 'hiddenLayers', op: '=', value: 0 },
        { measure: 'testAccuracy', op: '>=', value: 0.95 },
      ],
      hint: 'Two gaussian clouds can be split by one straight line, so one neuron is enough. Use x1 and x2 as the features.',
      rehearsal: { good: {}, bad: { network: { features: ['x1Squared'] } } },
    },
    {
      title: 'A circle is not a line',
      text: [
        'One neuron can only draw a straight line in the space of its inputs. A circle cannot be drawn that way from x1 and x2.',
        'But the inputs can be anything we compute from a point. With x1² and x2² as [[feature|features]], "inside the circle" becomes x1² + x2² < r²: a straight line in those features.',
      ],
      task: 'Keep the network without a hidden layer. Choose the features that make the circle separable and reach a test accuracy of at least 0.9.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        network: { features: ['x1', 'x2'], hidden: [] },
        training: { epochs: 200 },
      },
      check: [
        { measure: 'hiddenLayers', op: '=', value: 0 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Tick x1² and x2² in the Features column (you can keep x1 and x2 too), then train again.',
      rehearsal: { good: { network: { features: ['x1', 'x2', 'x1Squared', 'x2Squared'] } }, bad: {} },
    },
    {
      title: 'Add a hidden neuron or two',
      text: [
        'Instead of inventing features, a [[hiddenLayer|hidden layer]] lets the network build its own: each hidden neuron draws a line, and the output neuron combines them.',
      ],
      task: 'Go back to only x1 and x2, add one hidden layer, and reach a test accuracy of at least 0.9.',
      check: [
        { measure: 'features', op: '=', value: 'x1,x2' },
        { measure: 'hiddenLayers', op: '>=', value: 1 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Three lines can enclose the centre. Try one hidden layer of 3 or 4 tanh neurons and train a few hundred epochs.',
      rehearsal: { good: { network: { features: ['x1', 'x2'], hidden: [dense(4, 'tanh')] } }, bad: { network: { features: ['x1', 'x2'], hidden: [] } } },
    },
  ],
};

