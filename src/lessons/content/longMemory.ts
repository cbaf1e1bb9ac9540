import type { LayerSpec } from '../../shared/spec';
import type { Lesson, SpecPatch } from '../types';

const recurrent = (kind: 'simpleRnn' | 'lstm'): LayerSpec => ({ kind, units: 16, activation: 'tanh', returnSequences: false, initializer: 'glorot', dropout: 0 });

/** The memory task with T steps, one recurrent layer, Adam, ten epochs. */
const memory = (window: number, kind: 'simpleRnn' | 'lstm'): SpecPatch => ({
  data: { dataset: 'memory', window, numPoints: 500, trainPercent: 50 },
  network: { hidden: [recurrent(kind)], outputActivation: 'tanh' },
  training: { loss: 'meanSquaredError', optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 10 },
});

const passes = [
  { measure: 'epoch', op: '<=', value: 10 },
  { measure: 'testAccuracy', op: '>=', value: 0.95 },
] as const;

export const lesson: Lesson = {
  id: 'long-memory',
  order: 14,
  title: 'LSTM remembers longer',
  summary: 'The memory task: the answer lies T steps back. A SimpleRNN forgets it as T grows; an LSTM keeps it in its cell.',
  steps: [
    {
      title: 'A short memory',
      text: [
        'Each sequence starts with A or B, followed by random Cs and Ds. The network reads it all, one step at a time, and must say at the end which symbol came first: everything it needs is at the very beginning.',
        'With 10 steps, a SimpleRNN does this easily: its hidden state still holds the first symbol when the sequence ends.',
      ],
      task: 'Train the SimpleRNN on sequences of 10 steps to a test accuracy of at least 0.95 within 10 epochs.',
      setup: memory(10, 'simpleRnn'),
      check: [...passes],
      hint: 'Press Train. If you changed the window length, set it back to 10.',
      rehearsal: { good: {}, bad: { data: { dataset: 'memory', window: 40, numPoints: 500, trainPercent: 50 } } },
    },
    {
      title: 'Forty steps back',
      text: [
        'Now the first symbol is 40 steps back. A SimpleRNN rewrites its whole state at every step, so what it saw at the start fades a little with every C and D; and its gradient fades the same way on the way back, so it can hardly learn to keep it ([[vanishingGradient|vanishing gradients]]).',
        'An LSTM has a cell state that its forget gate can keep unchanged from step to step. In “Gates over time” watch the forget gate open towards 1 while the LSTM learns to hold on, and in “Accuracy against T” see the LSTM’s curve stay high where the SimpleRNN’s (kept, dashed) falls to 50 %.',
      ],
      task: 'Reach a test accuracy of at least 0.95 within 10 epochs on sequences of 40 steps. The SimpleRNN stays near 0.5 (guessing); change the kind of layer 1.',
      setup: memory(40, 'simpleRnn'),
      check: [...passes],
      hint: 'Set “Kind of layer 1” to LSTM in the layer settings, Reset and train.',
      rehearsal: { good: { network: { hidden: [recurrent('lstm')] } }, bad: {} },
    },
  ],
};
