import { decodeImageSet, type ImageSet } from '../data/images/imageSet';
import type { ImageDatasetName } from '../shared/spec';

/** Reads an image set's shipped bytes (the worker fetches them; Node tests read the file). */
export type ImageSetReader = (name: ImageDatasetName) => Promise<ArrayBuffer>;

/** Fetched from the page's origin, where the service worker has them precached for offline use. */
export const fetchImageSet: ImageSetReader = async (name) => {
  const response = await fetch(`/datasets/${name}.bin`);
  if (!response.ok) throw new Error(`The image set "${name}" could not be loaded (HTTP ${response.status}).`);
  return response.arrayBuffer();
};

/** Each image set is read once per worker and kept: switching back to it costs nothing. */
export class ImageSets {
  private readonly loaded = new Map<ImageDatasetName, Promise<ImageSet>>();

  constructor(private readonly read: ImageSetReader = fetchImageSet) {}

  load(name: ImageDatasetName): Promise<ImageSet> {
    let set = this.loaded.get(name);
    if (!set) {
      set = this.read(name).then((bytes) => decodeImageSet(bytes, name));
      // A failed read is tried again next time rather than remembered.
      set.catch(() => this.loaded.delete(name));
      this.loaded.set(name, set);
    }
    return set;
  }
}
