/** What the page is shown inside an image network, for one chosen example (all plain, transferable data). */

/** Which example the pictures follow: a test image from the gallery, or the learner's drawing. */
/**
 * The example the pictures follow: a test example (an image, or a sequence: then also the
 * temperature text is sampled at), or a digit drawn on the pad.
 */
export type ImageChoice = { source: 'test'; index: number; temperature?: number } | { source: 'drawn'; pixels: Uint8Array };

/** One layer's output for the chosen example, channel after channel (c·H·W + y·W + x). */
export interface FeatureMaps {
  /** Index of the layer among the hidden layers. */
  layer: number;
  height: number;
  width: number;
  /** The channels drawn (the first ones, at most MAX_DRAWN_MAPS), and how many the layer has. */
  drawn: number;
  channels: number;
  values: Float32Array;
}

/** The first convolution's kernels, filter after filter, each k×k for every input channel. */
export interface KernelPictures {
  layer: number;
  size: number;
  channels: number;
  filters: number;
  values: Float32Array;
}

export interface ImagePictures {
  choice: { source: 'test'; index: number; label: number } | { source: 'drawn' };
  /** The example as the network sees it (0..1), H·W·C. */
  input: Float32Array;
  height: number;
  width: number;
  probabilities: Float32Array;
  predicted: number;
  kernels: KernelPictures | null;
  featureMaps: FeatureMaps[];
  /**
   * How much the predicted class's probability falls when a patch of the input around each place is
   * blanked: the pixels the prediction depends on (occlusion, after Zeiler and Fergus).
   */
  occlusion: { height: number; width: number; values: Float32Array };
  /** Test images the network gets wrong, first ones first (index in the test split). */
  misclassified: Array<{ index: number; predicted: number; actual: number }>;
  /** Their grey levels (0..255), image after image in the list's order. */
  misclassifiedPixels: Uint8Array;
}

export const MAX_DRAWN_MAPS = 16;
export const MAX_MISCLASSIFIED = 24;

export function imagePicturesTransferables(pictures: ImagePictures): ArrayBuffer[] {
  return [
    pictures.input.buffer as ArrayBuffer,
    pictures.probabilities.buffer as ArrayBuffer,
    pictures.occlusion.values.buffer as ArrayBuffer,
    ...(pictures.kernels ? [pictures.kernels.values.buffer as ArrayBuffer] : []),
    ...pictures.featureMaps.map((maps) => maps.values.buffer as ArrayBuffer),
    pictures.misclassifiedPixels.buffer as ArrayBuffer,
  ];
}

/** The page's view of an image set: its sizes and a gallery of test images by class (grey 0..255). */
export interface ImageGalleryPreview {
  kind: 'images';
  height: number;
  width: number;
  channels: number;
  classes: number;
  trainCount: number;
  testCount: number;
  /** The first GALLERY_PER_CLASS test images of each class, class by class. */
  gallery: Array<{ index: number; label: number }>;
  /** gallery.length × H·W·C bytes, in gallery order. */
  pixels: Uint8Array;
}

export const GALLERY_PER_CLASS = 6;
