/** An image set as shipped in public/datasets (made by scripts/makeImageSets.mjs). */
export interface ImageSet {
  name: string;
  count: number;
  height: number;
  width: number;
  channels: number;
  classes: number;
  /** The first trainCount images are the training split, the rest the test split. */
  trainCount: number;
  labels: Uint8Array;
  /** count × height × width × channels grey levels, 0 = background, 255 = ink. */
  pixels: Uint8Array;
}

const MAGIC = 'NPIM';
const HEADER_BYTES = 19;

/** Reads a shipped image file; says what is wrong with one that is not. */
export function decodeImageSet(buffer: ArrayBuffer, name: string): ImageSet {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  const fail = (why: string) => new Error(`The image set "${name}" cannot be read: ${why}.`);
  if (bytes.length < HEADER_BYTES || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw fail('it is not an image set file');
  if (bytes[4] !== 1) throw fail(`its format version ${bytes[4]} is not one this page reads`);
  const count = view.getUint32(5, true);
  const height = view.getUint16(9, true);
  const width = view.getUint16(11, true);
  const channels = bytes[13];
  const classes = bytes[14];
  const trainCount = view.getUint32(15, true);
  if (count === 0 || height === 0 || width === 0 || channels === 0 || classes < 2) throw fail('its sizes are empty');
  if (trainCount > count) throw fail('its training split is larger than the set');
  const size = height * width * channels;
  if (bytes.length !== HEADER_BYTES + count + count * size) throw fail(`it has ${bytes.length} bytes where ${HEADER_BYTES + count + count * size} were expected (a cut-off download?)`);
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + count);
  const bad = labels.findIndex((label) => label >= classes);
  if (bad >= 0) throw fail(`image ${bad + 1} has class ${labels[bad]}, but there are ${classes} classes`);
  return { name, count, height, width, channels, classes, trainCount, labels, pixels: bytes.subarray(HEADER_BYTES + count) };
}

export const exampleSizeOf = (set: ImageSet) => set.height * set.width * set.channels;

/** The bytes of one image (by its index in the whole set), without copying. */
export function examplePixels(set: ImageSet, index: number): Uint8Array {
  const size = exampleSizeOf(set);
  return set.pixels.subarray(index * size, (index + 1) * size);
}

/** The first `perClass` test images of each class, class by class; `index` counts within the test split. */
export function galleryIndices(set: ImageSet, perClass: number): Array<{ index: number; label: number }> {
  const byClass = Array.from({ length: set.classes }, () => [] as number[]);
  for (let i = set.trainCount; i < set.count; i++) {
    const list = byClass[set.labels[i]];
    if (list.length < perClass) list.push(i - set.trainCount);
  }
  return byClass.flatMap((indices, label) => indices.map((index) => ({ index, label })));
}
