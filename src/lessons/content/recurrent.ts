import type { LayerSpec } from '../../shared/spec';
import type { Lesson, SpecPatch } from '../types';

const lstm = (units: number): LayerSpec => ({ kind: 'lstm', units, activation: 'tanh', returnSequences: false, initializer: 'glorot', dropout: 0 });

/** A wave to forecast with one LSTM layer, trained with Adam: each example is `window` past values. */
const forecast = (dataset: 'sineWave' | 'squareWave', window: number): SpecPatch => ({
  data: { dataset, window, noise: 0, numPoints: 400, trainPercent: 70 },
  network: { hidden: [lstm(16)], outputActivation: 'linear' },
  training: { loss: 'meanSquaredError', optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 12 },
});

export const lesson: Lesson = {
  id: 'recurrent',
  order: 13,
  title: 'Recurrent networks: a memory over time',
  summary: 'An LSTM reads a wave one step at a time and forecasts what comes next; its window is what it can look back on.',
  steps: [
    {
      title: 'Forecast a wave',
      text: [
        'Each example is a window of the last 12 values of a sine wave, and the target is the value that comes next. A recurrent layer reads the window one step at a time and carries a hidden state from step to step: a memory of what it has seen so far.',
        'The test windows come after the training ones in time: the network is asked about a future it never saw. Under the chart, “Hidden state over time” shows what each unit holds at every step.',
      ],
      task: 'Train the LSTM until the test loss is below 0.01, then look at the dashed forecast that feeds its own predictions back.',
      setup: forecast('sineWave', 12),
      check: [{ measure: 'testLoss', op: '<', value: 0.01 }],
      hint: 'Press Train: a dozen epochs are enough. If you changed the learning rate, 0.01 with Adam works.',
      rehearsal: { good: {}, bad: { training: { learningRate: 0.00001 } } },
    },
    {
      title: 'A window long enough',
      text: [
        'A square wave stays flat for 12 or 13 steps, then jumps. With a window of 3 values the network sees only a flat line most of the time: it cannot know when the next jump comes.',
        'Give it a window longer than a flat stretch and it can count how long the wave has been flat. The gates of the LSTM (“Gates over time”) decide at each step what to keep and what to forget.',
      ],
      task: 'Change the window length until the test loss falls below 0.1 within 12 epochs.',
      setup: forecast('squareWave', 3),
      check: [{ measure: 'testLoss', op: '<', value: 0.1 }],
      hint: 'Set “Window length” to 16 or more in the Data panel, and train again.',
      rehearsal: { good: { data: { dataset: 'squareWave', window: 16, noise: 0, numPoints: 400, trainPercent: 70 } }, bad: {} },
    },
  ],
};
