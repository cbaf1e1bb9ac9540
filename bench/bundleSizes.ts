import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  mainGzipBytes: number;
  workerGzipBytes: number;
  mainHasTfjs: boolean;
  workerHasTfjs: boolean;
}

/**
 * Strings only tfjs's own code contains, which survive minification (an error message, an
 * environment flag, a kernel name). The page mentions "@tensorflow/tfjs" in generated programs,
 * so the package name alone would not tell code from text.
 */
export const TFJS_CODE = /Tensor is disposed|WEBGL_VERSION|_FusedMatMul/;

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
    mainHasTfjs: TFJS_CODE.test(main.toString('utf8')),
    workerHasTfjs: TFJS_CODE.test(worker.toString('utf8')),
  };
}
