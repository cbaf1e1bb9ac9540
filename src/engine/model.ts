import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { NetworkSpec } from '../shared/spec';
import type { LayerWeights } from '../shared/engineTypes';
import { createRandom } from '../shared/random';
import { ACTIVATIONS } from './activations';

export interface DenseParams {
  kernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable;
  activation: keyof typeof ACTIVATIONS;
}

/** A tf.LayersModel (what gets exported) and direct handles on its variables (what the trainer updates). */
export interface PlaygroundModel {
  model: tfl.LayersModel;
  layers: DenseParams[];
  variables: tf.Variable[];
}

/** Layer widths including the output: [hidden..., 1]. */
export function layerWidths(network: NetworkSpec): number[] {
  return [...network.hidden.map((layer) => layer.units), 1];
}

/**
 * Builds the model with weights drawn from our own seeded generator (Glorot uniform, zero bias), so
 * the same seed gives the same initial weights on every backend and every machine.
 */
export function buildModel(network: NetworkSpec, seed: number): PlaygroundModel {
  const random = createRandom(seed);
  const widths = layerWidths(network);
  const activations = [...network.hidden.map((layer) => layer.activation), network.outputActivation];
  const model = tfl.sequential();
  let inputs = network.features.length;
  widths.forEach((units, i) => {
    model.add(
      tfl.layers.dense({
        units,
        activation: ACTIVATIONS[activations[i]].layersName as 'linear',
        inputShape: i === 0 ? [inputs] : undefined,
        kernelInitializer: 'zeros',
        name: i === widths.length - 1 ? 'output' : `hidden_${i + 1}`,
      }),
    );
    const limit = Math.sqrt(6 / (inputs + units));
    const kernel = Float32Array.from({ length: inputs * units }, () => random.uniform(-limit, limit));
    const values = [tf.tensor2d(kernel, [inputs, units]), tf.zeros([units])];
    model.layers[i].setWeights(values);
    values.forEach((t) => t.dispose());
    inputs = units;
  });
  const layers = model.layers.map((layer, i) => {
    const [kernel, bias] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    return { kernel: kernel as tf.Variable<tf.Rank.R2>, bias, activation: activations[i] };
  });
  return { model, layers, variables: layers.flatMap((l) => [l.kernel, l.bias]) };
}

/** Forward pass with fused matMul+bias(+relu); returns every layer's activations when asked. */
export function forward(layers: DenseParams[], x: tf.Tensor2D): tf.Tensor2D[] {
  const outputs: tf.Tensor2D[] = [];
  let h = x;
  for (const layer of layers) {
    const impl = ACTIVATIONS[layer.activation];
    const z = tf.fused.matMul({ a: h, b: layer.kernel, bias: layer.bias, activation: impl.fused ?? 'linear' });
    h = (impl.fused ? z : impl.apply(z)) as tf.Tensor2D;
    outputs.push(h);
  }
  return outputs;
}

export function readWeights(layers: DenseParams[]): LayerWeights[] {
  return layers.map(({ kernel, bias }) => ({
    inputs: kernel.shape[0],
    units: kernel.shape[1],
    // dataSync may hand back the backend's own storage (cpu): copy before anything transfers it.
    kernel: (kernel.dataSync() as Float32Array).slice(),
    bias: (bias.dataSync() as Float32Array).slice(),
  }));
}

export function disposeModel(built: PlaygroundModel): void {
  built.model.dispose();
}
