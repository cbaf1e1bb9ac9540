import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  mainGzipBytes: number;
  workerGzipBytes: number;
  mainHasTfjs: boolean;
}

/** Gzipped sizes of the built main-thread bundle and the engine worker bundle in dist/. */
export function bundleSizes(dist = 'dist'): BundleSizes {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets);
  const find = (pattern: RegExp) => {
    const name = files.find((file) => pattern.test(file));
    if (!name) throw new Error(`No ${pattern} in ${assets}: run the build first`);
    return readFileSync(join(assets, name));
  };
  const main = find(/^index-.*\.js$/);
  const worker = find(/^worker-.*\.js$/);
  return {
    mainGzipBytes: gzipSync(main, { level: 9 }).length,
    workerGzipBytes: gzipSync(worker, { level: 9 }).length,
    mainHasTfjs: /@tensorflow|tfjs-core/.test(main.toString('utf8')),
  };
}
