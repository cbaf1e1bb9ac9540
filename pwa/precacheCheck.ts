import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's own files (the browser fetches and updates those itself) and source maps. */
export const NOT_PRECACHED = ['sw.js', 'workbox-*.js', '**/*.map'];

function isServiceWorkerFile(path: string): boolean {
  return path === 'sw.js' || /^workbox-[^/]*\.js$/.test(path) || path.endsWith('.map');
}

/** Every file under the build folder, as a path relative to it with forward slashes. */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * The URLs in the precache list that workbox wrote into sw.js. Parsed from the output rather than
 * taken from the options, so that a size limit or a glob that silently drops a file shows up here.
 */
export function precachedUrls(serviceWorkerSource: string): string[] {
  const urls = [...serviceWorkerSource.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"/g)].map((match) => match[1]);
  if (urls.length === 0) throw new Error('sw.js has no precache list (the workbox output format changed?)');
  return urls;
}

/** Built files the service worker will not have offline. */
export function missingFromPrecache(files: string[], urls: string[]): string[] {
  const cached = new Set(urls.map((url) => url.replace(/^\//, '')));
  return files.filter((file) => !isServiceWorkerFile(file) && !cached.has(file));
}

/** Fails the build, naming the files, when anything it wrote is not in the precache list. */
export function precacheCheck(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precache-check',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    // 'post' runs after vite-plugin-pwa's closeBundle, which is where sw.js is written.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const missing = missingFromPrecache(builtFiles(outDir), precachedUrls(readFileSync(join(outDir, 'sw.js'), 'utf8')));
        if (missing.length > 0) {
          throw new Error(`These built files are not in the service worker's precache list, so they would fail offline: ${missing.join(', ')}`);
        }
      },
    },
  };
}
