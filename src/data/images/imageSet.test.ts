import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImageSet, examplePixels, galleryIndices } from './imageSet';

/** A tiny set written in the shipped format. */
function fabricate({ count = 4, height = 2, width = 2, classes = 2, trainCount = 2, labels = [0, 1, 1, 0], magic = 'NPIM', version = 1, extra = 0 } = {}) {
  const bytes = new Uint8Array(19 + count + count * height * width + extra);
  const view = new DataView(bytes.buffer);
  [...magic].forEach((c, i) => (bytes[i] = c.charCodeAt(0)));
  bytes[4] = version;
  view.setUint32(5, count, true);
  view.setUint16(9, height, true);
  view.setUint16(11, width, true);
  bytes[13] = 1;
  bytes[14] = classes;
  view.setUint32(15, trainCount, true);
  bytes.set(labels, 19);
  for (let i = 0; i < count * height * width; i++) bytes[19 + count + i] = i;
  return bytes.buffer;
}

const shipped = (name: string) => {
  const file = readFileSync(new URL(`../../../public/datasets/${name}.bin`, import.meta.url));
  return decodeImageSet(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength), name);
};

describe('image set files', () => {
  it('reads a well-formed file: sizes, labels and each image\'s own pixels', () => {
    const set = decodeImageSet(fabricate(), 'tiny');
    expect(set).toMatchObject({ count: 4, height: 2, width: 2, channels: 1, classes: 2, trainCount: 2 });
    expect(Array.from(set.labels)).toEqual([0, 1, 1, 0]);
    expect(Array.from(examplePixels(set, 2))).toEqual([8, 9, 10, 11]);
    expect(galleryIndices(set, 5)).toEqual([{ index: 1, label: 0 }, { index: 0, label: 1 }]);
  });

  it('says what is wrong with a file that is not one', () => {
    expect(() => decodeImageSet(fabricate({ magic: 'JUNK' }), 'x')).toThrow(/not an image set file/);
    expect(() => decodeImageSet(fabricate({ version: 2 }), 'x')).toThrow(/format version 2/);
    expect(() => decodeImageSet(fabricate({ extra: 1 }), 'x')).toThrow(/cut-off download/);
    expect(() => decodeImageSet(fabricate({ trainCount: 9 }), 'x')).toThrow(/training split is larger/);
    expect(() => decodeImageSet(fabricate({ labels: [0, 1, 2, 0] }), 'x')).toThrow(/image 3 has class 2, but there are 2 classes/);
    expect(() => decodeImageSet(fabricate().slice(0, 30), 'x')).toThrow(/bytes where/);
  });

  it.each([
    ['digits8', 1797, 8, 1438],
    ['mnist', 10000, 28, 8000],
  ] as const)('the shipped %s: %i images of %i pixels a side, every digit in both splits', (name, count, side, trainCount) => {
    const set = shipped(name);
    expect(set).toMatchObject({ count, height: side, width: side, channels: 1, classes: 10, trainCount });
    const inSplit = (from: number, to: number) => new Set(set.labels.subarray(from, to)).size;
    expect(inSplit(0, trainCount)).toBe(10);
    expect(inSplit(trainCount, count)).toBe(10);
    expect(Math.max(...set.pixels.subarray(0, 5000))).toBe(255);
    expect(galleryIndices(set, 3)).toHaveLength(30);
  });
});
