import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../shared/defaults';
import type { ActivationName, LossName, OptimizerName, TrainingSpec } from '../shared/spec';
import { denseGradients, sgdStep } from './backprop';
import { LOSSES } from './losses';
import type { DenseParams } from './model';
import { OPTIMIZERS } from './optimizers';
import { useCpuBackend } from './testBackend';
import { modelOf, network } from './testNetworks';

beforeAll(useCpuBackend);

// One neuron, one input: z = w·x + b, two training points. Every expected number below is worked
// out by hand from the textbook formula, not taken from tfjs.
const X = [2, 1];
const W0 = 0.5;
const B0 = 0;
// z = [1, 0.5]
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

function neuron(output: ActivationName, units = 1, weights = [W0], biases = [B0]) {
  const built = modelOf(network([], output, ['x1']), 1, units, 1);
  const layer = built.layers[0] as DenseParams;
  layer.kernel.assign(tf.tensor2d(weights, [1, units]));
  layer.bias.assign(tf.tensor1d(biases));
  return { built, layer };
}

const x = () => tf.tensor2d(X, [2, 1]);

/** dObjective/dz per point → dw = Σ g·x, db = Σ g. */
const fromPointGradients = (g: number[]) => ({ dw: g[0] * X[0] + g[1] * X[1], db: g[0] + g[1] });

const lossCases: Array<{ loss: LossName; output: ActivationName; targets: number[]; expected: { dw: number; db: number } }> = [
  // MSE = mean (z - t)²: d/dz = 2(z - t)/2 → [1-3, 0.5-0] = [-2, 0.5]
  { loss: 'meanSquaredError', output: 'linear', targets: [3, 0], expected: fromPointGradients([-2, 0.5]) },
  // SSE = Σ (z - t)²: d/dz = 2(z - t) = [-4, 1]
  { loss: 'sumSquaredError', output: 'linear', targets: [3, 0], expected: fromPointGradients([-4, 1]) },
  // MAE = mean |z - t|: d/dz = sign(z - t)/2 = [-0.5, 0.5]
  { loss: 'meanAbsoluteError', output: 'linear', targets: [3, 0], expected: fromPointGradients([-0.5, 0.5]) },
  // Huber (δ=1): d/dz = clip(z - t, -1, 1)/2 = [-1, 0.5]/2
  { loss: 'huber', output: 'linear', targets: [3, 0], expected: fromPointGradients([-0.5, 0.25]) },
  // BCE with sigmoid: d/dz = (σ(z) - t)/2
  { loss: 'binaryCrossEntropy', output: 'sigmoid', targets: [1, 0], expected: fromPointGradients([(sigmoid(1) - 1) / 2, sigmoid(0.5) / 2]) },
  // Hinge = mean max(0, 1 - t·z), t = ±1: margins [1-1, 1+0.5] → only point 2 counts: d/dz = [0, -t/2] = [0, 0.5]
  { loss: 'hinge', output: 'linear', targets: [1, -1], expected: fromPointGradients([0, 0.5]) },
];

describe('each loss: gradients and one gradient-descent update, by hand', () => {
  for (const { loss, output, targets, expected } of lossCases) {
    it(loss, () => {
      const { built, layer } = neuron(output);
      const inputs = x();
      const y = tf.tensor2d(targets, [2, 1]);
      const gradients = tf.tidy(() => denseGradients([layer], inputs, y, LOSSES[loss]));
      expect(gradients[layer.kernel.name].dataSync()[0]).toBeCloseTo(expected.dw, 5);
      expect(gradients[layer.bias.name].dataSync()[0]).toBeCloseTo(expected.db, 5);
      tf.tidy(() => sgdStep([layer], inputs, y, LOSSES[loss], 0.1));
      expect(layer.kernel.dataSync()[0]).toBeCloseTo(W0 - 0.1 * expected.dw, 5);
      expect(layer.bias.dataSync()[0]).toBeCloseTo(B0 - 0.1 * expected.db, 5);
      tf.dispose([inputs, y, ...Object.values(gradients)]);
      built.model.dispose();
    });
  }

  it('categoricalCrossEntropy with softmax: d/dz = (softmax(z) - onehot)/points', () => {
    // Two output units with weights [0.5, -0.5], biases 0; targets class 0 then class 1.
    const { built, layer } = neuron('softmax', 2, [0.5, -0.5], [0, 0]);
    const inputs = x();
    const y = tf.tensor2d([1, 0, 0, 1], [2, 2]);
    const p = X.map((v) => {
      const [a, b] = [Math.exp(0.5 * v), Math.exp(-0.5 * v)];
      return [a / (a + b), b / (a + b)];
    });
    const g = p.map(([p0, p1], i) => [(p0 - (i === 0 ? 1 : 0)) / 2, (p1 - (i === 1 ? 1 : 0)) / 2]);
    const dw = [g[0][0] * X[0] + g[1][0] * X[1], g[0][1] * X[0] + g[1][1] * X[1]];
    const gradients = tf.tidy(() => denseGradients([layer], inputs, y, LOSSES.categoricalCrossEntropy));
    Array.from(gradients[layer.kernel.name].dataSync()).forEach((v, k) => expect(v).toBeCloseTo(dw[k], 5));
    Array.from(gradients[layer.bias.name].dataSync()).forEach((v, k) => expect(v).toBeCloseTo(g[0][k] + g[1][k], 5));
    tf.dispose([inputs, y, ...Object.values(gradients)]);
    built.model.dispose();
  });
});

// Optimizers: one update of the MSE neuron above, whose gradients are g_w = -3.5 and g_b = -1.5.
const G = fromPointGradients([-2, 0.5]);
const LR = 0.1;
const training: TrainingSpec = { ...DEFAULT_SPEC.training, learningRate: LR, momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-2, rho: 0.9 };
const eps = training.epsilon;

const firstUpdate: Record<OptimizerName, (g: number) => number> = {
  batchGd: (g) => -LR * g,
  sgd: (g) => -LR * g,
  miniBatchSgd: (g) => -LR * g,
  // v = momentum·0 + g; w -= lr·v
  momentum: (g) => -LR * g,
  // m̂ = g, v̂ = g²: w -= lr·g/(|g| + ε)
  adam: (g) => (-LR * g) / (Math.abs(g) + eps),
  // accumulator starts at 0.1 (as Keras): a = 0.1 + g²; w -= lr·g/√(a + 1e-7)
  adagrad: (g) => (-LR * g) / Math.sqrt(0.1 + g * g + 1e-7),
  // E[g²] = (1-ρ)g²; w -= lr·g/√(E[g²] + ε)
  rmsprop: (g) => (-LR * g) / Math.sqrt((1 - 0.9) * g * g + eps),
  // Zeiler: E[g²] = (1-ρ)g²; Δ = √(0 + ε)/√(E[g²] + ε)·g; w -= lr·Δ
  adadelta: (g) => (-LR * Math.sqrt(eps) * g) / Math.sqrt((1 - 0.9) * g * g + eps),
  // m = (1-β1)g, u = |g|: w -= lr/(1-β1)·m/(u + ε)
  adamax: (g) => (-LR * g) / (Math.abs(g) + eps),
};

describe('each optimizer: one update by hand', () => {
  for (const name of Object.keys(firstUpdate) as OptimizerName[]) {
    it(name, () => {
      const { built, layer } = neuron('linear');
      const inputs = x();
      const y = tf.tensor2d([3, 0], [2, 1]);
      const optimizer = OPTIMIZERS[name](training);
      tf.tidy(() => optimizer.applyGradients(denseGradients([layer], inputs, y, LOSSES.meanSquaredError)));
      expect(layer.kernel.dataSync()[0]).toBeCloseTo(W0 + firstUpdate[name](G.dw), 5);
      expect(layer.bias.dataSync()[0]).toBeCloseTo(B0 + firstUpdate[name](G.db), 5);
      optimizer.dispose();
      tf.dispose([inputs, y]);
      built.model.dispose();
    });
  }

  it('momentum: the second update carries 0.9 of the first', () => {
    const { built, layer } = neuron('linear');
    const optimizer = OPTIMIZERS.momentum(training);
    const g = tf.tensor2d([1], [1, 1]);
    for (let i = 0; i < 2; i++) optimizer.applyGradients({ [layer.kernel.name]: g });
    // v1 = 1, v2 = 0.9·1 + 1 = 1.9: w = 0.5 - 0.1·(1 + 1.9)
    expect(layer.kernel.dataSync()[0]).toBeCloseTo(0.5 - 0.1 * 2.9, 5);
    optimizer.dispose();
    g.dispose();
    built.model.dispose();
  });
});
