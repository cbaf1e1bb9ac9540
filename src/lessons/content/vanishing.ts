import { denseStack } from '../layers';
import type { Lesson } from '../types';

export const lesson: Lesson = {
  id: 'vanishing-gradients',
  order: 10,
  title: 'Vanishing gradients',
  summary: 'In a deep stack of sigmoids the gradient fades on its way back, and the first layers stop learning.',
  steps: [
    {
      title: 'A deep stack of sigmoids',
      text: [
        'The sigmoid’s slope is at most 0.25. On its way back through each sigmoid layer, the [[gradient]] is multiplied by that slope: after six layers little is left. This is the [[vanishingGradient|vanishing gradient]] problem.',
        '“Learning signal per layer” in the Output panel shows the mean size of each layer’s gradient: watch how small the first layers’ bars are.',
      ],
      task: 'Change the hidden activations so that this six-layer network reaches a test accuracy of at least 0.9 within 200 epochs.',
      setup: {
        data: { dataset: 'circle', noise: 0 },
        network: { hidden: denseStack(6, 4, 'sigmoid') },
        training: { epochs: 200, learningRate: 0.03 },
      },
      check: [
        { measure: 'hiddenLayers', op: '>=', value: 6 },
        { measure: 'epoch', op: '<=', value: 200 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Tanh has a slope of up to 1, ReLU exactly 1 where it is on: try tanh in every hidden layer, Reset and train.',
      rehearsal: { good: { network: { hidden: denseStack(6, 4, 'tanh') } }, bad: {} },
    },
    {
      title: 'Shallow is fine',
      text: ['With only two sigmoid layers the gradient still arrives: the problem is depth, not sigmoid as such.'],
      task: 'Use sigmoid in at most two hidden layers and reach a test accuracy of at least 0.9.',
      check: [
        { measure: 'hiddenActivation', op: '=', value: 'sigmoid' },
        { measure: 'hiddenLayers', op: '<=', value: 2 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Remove layers until two are left, set both to sigmoid, maybe raise the learning rate to 0.3, and train.',
      rehearsal: { good: { network: { hidden: denseStack(2, 4, 'sigmoid') }, training: { learningRate: 0.3 } }, bad: {} },
    },
  ],
};
