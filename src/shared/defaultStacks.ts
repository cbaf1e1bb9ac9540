import { defaultLayer, type LayerSpec } from './layers/registry';
import { isImageDataset, type DatasetName, type ImageDatasetName } from './spec';

const conv = (filters: number): LayerSpec => ({ ...defaultLayer('conv2d'), filters });
const pool = (): LayerSpec => defaultLayer('maxPool2d');
const dense = (units: number): LayerSpec => ({ ...defaultLayer('dense'), units, activation: 'relu', initializer: 'he' });

/**
 * Each image set's default network: the classic small CNN (convolution, pooling, then a dense
 * classifier), sized to train in seconds on the 8×8 digits and in a minute or so on MNIST.
 */
export const DEFAULT_IMAGE_STACKS: Record<ImageDatasetName, LayerSpec[]> = {
  digits8: [conv(8), pool(), defaultLayer('flatten'), dense(32)],
  mnist: [conv(8), pool(), conv(16), pool(), defaultLayer('flatten'), dense(32)],
};

/** What an example of the data is: points and tables give a row of numbers, image sets an image of a given size. */
export function exampleKindOf(dataset: DatasetName): string {
  return isImageDataset(dataset) ? `image:${dataset}` : 'row';
}
