import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildSplitData } from '../src/data/playgroundData';
import { DEFAULT_SPEC } from '../src/shared/defaults';

/**
 * convnetjs (a plain-JavaScript engine, dev dependency only) trained in a worker of the same page,
 * as a yardstick for scale. Nothing of it ships in the playground.
 */
const CONVNET_SOURCE = readFileSync(new URL('../node_modules/convnetjs/build/convnet.js', import.meta.url), 'utf8');

// Runs inside the reference worker; written as a string so that it needs no bundler.
const RUNNER = String.raw`
self.onmessage = (event) => {
  const { task, seconds, tiny, training } = event.data;
  const convnetjs = self.convnetjs;
  const deadline = () => performance.now() - start >= seconds * 1000;
  let start;
  // Random images of the given size and random labels of 10 classes, trained one at a time until the deadline.
  const trainRandomSamples = (trainer, count, [sx, sy, depth]) => {
    const samples = Array.from({ length: count }, () => {
      const v = new convnetjs.Vol(sx, sy, depth, 0);
      for (let i = 0; i < sx * sy * depth; i++) v.w[i] = Math.random();
      return v;
    });
    const labels = samples.map(() => Math.floor(Math.random() * 10));
    let trained = 0;
    start = performance.now();
    while (!deadline()) {
      trainer.train(samples[trained % count], labels[trained % count]);
      trained++;
    }
    self.postMessage({ samplesPerSecond: trained / ((performance.now() - start) / 1000) });
  };
  if (task === 'tiny') {
    const net = new convnetjs.Net();
    net.makeLayers([
      { type: 'input', out_sx: 1, out_sy: 1, out_depth: 2 },
      { type: 'fc', num_neurons: 4, activation: 'tanh' },
      { type: 'fc', num_neurons: 2, activation: 'tanh' },
      { type: 'regression', num_neurons: 1 },
    ]);
    const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: 0.03, batch_size: 10, l2_decay: 0, momentum: 0 });
    const samples = tiny.x1.map((x1, i) => new convnetjs.Vol([x1, tiny.x2[i]]));
    let epochs = 0;
    start = performance.now();
    while (!deadline()) {
      for (let i = 0; i < samples.length; i++) trainer.train(samples[i], [tiny.labels[i]]);
      epochs++;
    }
    self.postMessage({ epochsPerSecond: epochs / ((performance.now() - start) / 1000) });
  } else if (task === 'mnistCnn') {
    // The playground's default MNIST CNN, layer for layer: conv 8 5×5 valid, pool 2, conv 16 5×5 valid, pool 2, dropout 0.25, dense 32, softmax 10.
    const net = new convnetjs.Net();
    net.makeLayers([
      { type: 'input', out_sx: 28, out_sy: 28, out_depth: 1 },
      { type: 'conv', sx: 5, filters: 8, stride: 1, pad: 0, activation: 'relu' },
      { type: 'pool', sx: 2, stride: 2 },
      { type: 'conv', sx: 5, filters: 16, stride: 1, pad: 0, activation: 'relu' },
      { type: 'pool', sx: 2, stride: 2 },
      { type: 'dropout', drop_prob: 0.25 },
      { type: 'fc', num_neurons: 32, activation: 'relu' },
      { type: 'softmax', num_classes: 10 },
    ]);
    const trainer = new convnetjs.Trainer(net, { method: training.method, learning_rate: training.learningRate, batch_size: training.batchSize, l2_decay: 0, momentum: 0 });
    trainRandomSamples(trainer, 512, [28, 28, 1]);
  } else {
    const net = new convnetjs.Net();
    net.makeLayers([
      { type: 'input', out_sx: 1, out_sy: 1, out_depth: 784 },
      { type: 'fc', num_neurons: 128, activation: 'relu' },
      { type: 'softmax', num_classes: 10 },
    ]);
    const trainer = new convnetjs.Trainer(net, { method: 'adam', learning_rate: 0.001, batch_size: 64, l2_decay: 0 });
    trainRandomSamples(trainer, 2048, [1, 1, 784]);
  }
};
`;

interface ReferenceTraining {
  method: 'sgd' | 'adam';
  learningRate: number;
  batchSize: number;
}

async function runInWorker(page: Page, task: 'tiny' | 'wide' | 'mnistCnn', seconds: number, training?: ReferenceTraining): Promise<Record<string, number>> {
  const train = buildSplitData(DEFAULT_SPEC.data).train;
  const tiny = { x1: Array.from(train.x1), x2: Array.from(train.x2), labels: Array.from(train.labels) };
  return page.evaluate(
    ({ source, task: t, seconds: s, tiny: data, training: settings }) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
        const worker = new Worker(url);
        worker.onmessage = (event) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ task: t, seconds: s, tiny: data, training: settings });
      }),
    { source: `self.window = self;\n${CONVNET_SOURCE}\n${RUNNER}`, task, seconds, tiny, training },
  );
}

export async function convnetTinyEpochsPerSecond(page: Page, seconds: number): Promise<number> {
  return (await runInWorker(page, 'tiny', seconds)).epochsPerSecond;
}

export async function convnetWideSamplesPerSecond(page: Page, seconds: number): Promise<number> {
  return (await runInWorker(page, 'wide', seconds)).samplesPerSecond;
}

/** convnetjs training the playground's default MNIST CNN with the page's batch size and optimizer. */
export async function convnetMnistCnnSamplesPerSecond(page: Page, seconds: number, training: ReferenceTraining): Promise<number> {
  return (await runInWorker(page, 'mnistCnn', seconds, training)).samplesPerSecond;
}
