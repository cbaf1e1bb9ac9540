import { denseStack } from '../layers';
import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'initialization',
  order: 9,
  title: 'Weight initialization',
  summary: 'Where the weights start matters: all zeros, every neuron learns the same thing.',
  steps: [
    {
      title: 'All zeros',
      text: [
        'Every weight of this network starts at zero. Then every neuron in a layer computes the same output and receives the same gradient, so they all change in the same way: in effect a layer of one neuron. Here even the output’s weights are zero, so no gradient reaches the hidden layers at all.',
        '[[initialization|Initialization]] schemes such as Glorot start the weights small and random, so that neurons differ from the first step.',
      ],
      task: 'Change the initializer of every layer (in the layer settings under the diagram, including the output layer) so that the network reaches a test accuracy of at least 0.9 within 100 epochs.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        network: { hidden: denseStack(2, 4, 'tanh', 'zeros'), outputInitializer: 'zeros' },
        training: { epochs: 100, learningRate: 0.03 },
      },
      check: [
        { measure: 'epoch', op: '<=', value: 100 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Set “Initializer of layer 1”, “Initializer of layer 2” and “Initializer of output layer” to Glorot uniform, press Reset and train.',
      rehearsal: { good: { network: { hidden: denseStack(2, 4, 'tanh', 'glorot'), outputInitializer: 'glorot' } }, bad: {} },
    },
    {
      title: 'He initialization for ReLU',
      text: [
        'ReLU zeroes half of its inputs, so the signal shrinks layer by layer unless the weights start a little larger. He initialization scales the random weights for exactly that.',
      ],
      task: 'Use ReLU and He normal initialization in every hidden layer and reach a test accuracy of at least 0.9.',
      check: [
        { measure: 'hiddenActivation', op: '=', value: 'relu' },
        { measure: 'hiddenInitializer', op: '=', value: 'he' },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Change each hidden layer’s activation to ReLU and its initializer to He normal; 6 neurons in the first layer helps.',
      rehearsal: { good: { network: { hidden: denseStack(2, 6, 'relu', 'he') } }, bad: {} },
    },
  ],
};
