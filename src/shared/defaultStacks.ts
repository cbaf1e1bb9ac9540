import { defaultLayer, type LayerSpec } from './layers/registry';
import { isImageDataset, isSequenceDataset, type DatasetName, type ImageDatasetName, type TrainingSpec } from './spec';

const conv = (filters: number, kernelSize = 3): LayerSpec => ({ ...defaultLayer('conv2d'), filters, kernelSize, padding: kernelSize === 3 ? 'same' : 'valid' });
const pool = (): LayerSpec => defaultLayer('maxPool2d');
const dense = (units: number): LayerSpec => ({ ...defaultLayer('dense'), units, activation: 'relu', initializer: 'he' });

/**
 * Each image set's default network: the classic small CNN (convolution, pooling, then a dense
 * classifier), sized to train in seconds on the 8×8 digits and in a minute or so on MNIST.
 *
 * MNIST's is LeNet-like (5×5 valid convolutions, dropout before the classifier): measured on wasm in
 * Node, Adam 0.003, batch 64, test accuracy by epoch, two training seeds each. It passes 97 % at
 * epochs 5–7 at the cost per epoch of the 3×3 net it replaced, which overfits (training 99.4 %)
 * and stayed at 96.6–96.8 % through epoch 12 at rate 0.001, 96.8–97.3 % by epoch 9 at 0.003;
 * 16 filters in the first layer got there no sooner at 1.4× the cost per epoch.
 */
export const DEFAULT_IMAGE_STACKS: Record<ImageDatasetName, LayerSpec[]> = {
  digits8: [conv(8), pool(), defaultLayer('flatten'), dense(32)],
  mnist: [conv(8, 5), pool(), conv(16, 5), pool(), defaultLayer('flatten'), { kind: 'dropout', rate: 0.25 }, dense(32)],
};

/**
 * How each image set trains at first. Batches of one to ten images leave tfjs paying its per-kernel
 * cost for little arithmetic (measured on wasm, MNIST's CNN: batch 10 109, batch 32 199, batch 64 291
 * samples/s), and Adam needs no tuning of its rate to converge on images.
 */
export const DEFAULT_IMAGE_TRAINING: Record<ImageDatasetName, Pick<TrainingSpec, 'optimizer' | 'learningRate' | 'batchSize'>> = {
  digits8: { optimizer: 'adam', learningRate: 0.01, batchSize: 32 },
  mnist: { optimizer: 'adam', learningRate: 0.003, batchSize: 64 },
};

/** Sequences start with one LSTM layer of 16 units: it forecasts the waves and passes the memory task. */
export const DEFAULT_SEQUENCE_STACK: LayerSpec[] = [{ ...defaultLayer('lstm'), units: 16 }];

/** What an example of the data is: a row of numbers, an image of a given size, or a sequence of steps. */
export function exampleKindOf(dataset: DatasetName): string {
  if (isSequenceDataset(dataset)) return 'sequence';
  return isImageDataset(dataset) ? `image:${dataset}` : 'row';
}
