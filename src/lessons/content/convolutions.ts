import { conv2d, dense, flatten, maxPool2d } from '../layers';
import type { LayerSpec } from '../../shared/spec';
import type { Lesson, SpecPatch } from '../types';

/** The 8×8 digits, classified with softmax as the image sets always are. */
const digits = (hidden: LayerSpec[], epochs: number): SpecPatch => ({
  data: { dataset: 'digits8' },
  network: { hidden, outputActivation: 'softmax' },
  training: { loss: 'categoricalCrossEntropy', optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs },
});

export const lesson: Lesson = {
  id: 'convolutions',
  order: 12,
  title: 'Convolutions: fewer weights, better digits',
  summary: 'A small convolutional network beats a dense one on handwritten digits with a third of its weights.',
  steps: [
    {
      title: 'A dense network reads pixels',
      text: [
        'These are 1,797 handwritten digits of 8×8 grey pixels. Flatten lays the 64 pixels out in a row, and a dense layer of 64 neurons connects every pixel to every neuron: 64 × 64 weights plus 64 biases, and 650 more for the 10 outputs, one per digit.',
        'A dense layer does not know that pixels have neighbours: a stroke shifted by one pixel is, to it, a completely different input. The layer settings under the diagram count its [[parameter|parameters]].',
      ],
      task: 'Train the dense network and reach a test accuracy of at least 0.85. Note its number of parameters (in the layer settings) and its test accuracy.',
      setup: digits([flatten(), dense(64, 'relu', { initializer: 'he' })], 6),
      check: [{ measure: 'testAccuracy', op: '>=', value: 0.85 }],
      hint: 'Press Train: six epochs take a few seconds. Click a digit in the gallery to see what the network predicts for it.',
      rehearsal: { good: {}, bad: { training: { learningRate: 0.00001 } } },
    },
    {
      title: 'A convolution shares its weights',
      text: [
        'A [[convolution]] layer slides 8 small filters of 3×3 weights over the image. Each filter looks for one pattern (an edge, a curve) everywhere in the picture with the same 9 weights, and draws a [[featureMap|feature map]] of where it found it. Max [[pooling]] then halves each map, keeping the strongest answers.',
        'This network has about 1,400 parameters, less than a third of the dense one, yet it learns faster and generalizes better, because it knows that a pattern means the same wherever it is. Watch the feature maps of a chosen digit change while it trains.',
      ],
      task: 'Train the convolutional network to a test accuracy of at least 0.9 with at most 2,000 parameters, in at most 6 epochs.',
      setup: digits([conv2d(8), maxPool2d(), flatten()], 6),
      check: [
        { measure: 'parameters', op: '<=', value: 2000 },
        { measure: 'testAccuracy', op: '>=', value: 0.9 },
      ],
      hint: 'Press Train. If you changed the network, Convolution 2D with 8 filters, then Max pooling 2D, then Flatten is the set-up; a dense layer this small does not get there.',
      rehearsal: { good: {}, bad: { network: { hidden: [flatten(), dense(16, 'relu', { initializer: 'he' })] } } },
    },
  ],
};
