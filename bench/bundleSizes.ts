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

/** Chunks a module imports statically (`import … from "./x.js"`), not those it loads on demand. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?"\.\/([\w.-]+\.js)"/g;

/**
 * The entry chunk and every chunk it pulls in before the page can run: what a first visit
 * downloads before anything shows. Counting the entry file alone could be fooled by a bundler that
 * moves start-up code into a shared chunk.
 */
function startupChunks(assets: string, entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const code = readFileSync(join(assets, queue.shift()!), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      if (!seen.has(match[1])) {
        seen.add(match[1]);
        queue.push(match[1]);
      }
    }
  }
  return [...seen];
}

/** Gzipped sizes of the main-thread start-up bundle (entry and its static imports) and of the engine worker. */
export function bundleSizes(dist = 'dist'): BundleSizes {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets);
  const find = (pattern: RegExp) => {
    const name = files.find((file) => pattern.test(file));
    if (!name) throw new Error(`No ${pattern} in ${assets}: run the build first`);
    return name;
  };
  const mainChunks = startupChunks(assets, find(/^index-.*\.js$/)).map((name) => readFileSync(join(assets, name)));
  const worker = readFileSync(join(assets, find(/^worker-.*\.js$/)));
  return {
    mainGzipBytes: mainChunks.reduce((sum, chunk) => sum + gzipSync(chunk, { level: 9 }).length, 0),
    workerGzipBytes: gzipSync(worker, { level: 9 }).length,
    mainHasTfjs: mainChunks.some((chunk) => TFJS_CODE.test(chunk.toString('utf8'))),
    workerHasTfjs: TFJS_CODE.test(worker.toString('utf8')),
  };
}
