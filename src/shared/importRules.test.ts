import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers of the code, lowest first. A module may import (at run time: `import type` is erased
 * and does not count) from its own layer and the ones it is allowed to lean on, never upward.
 */
const ALLOWED: Record<string, string[]> = {
  shared: [],
  data: ['shared'],
  engine: ['shared', 'data'],
  lessons: ['shared', 'data'],
  persistence: ['shared', 'data', 'lessons'],
  store: ['shared', 'data', 'lessons', 'persistence'],
  offline: ['shared', 'store'],
  engineClient: ['shared', 'data', 'lessons', 'persistence', 'store'],
  charts: ['shared', 'data', 'store'],
  components: ['shared', 'data', 'lessons', 'persistence', 'store', 'engineClient', 'charts', 'offline'],
  app: ['shared', 'data', 'lessons', 'persistence', 'store', 'engineClient', 'charts', 'components', 'offline'],
};

const SRC = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): string {
  const top = relative(SRC, file).split(/[\\/]/);
  return top.length === 1 ? 'app' : top[0];
}

/** Run-time imports (not `import type`, not `export type`) to files of this source tree. */
function runtimeImports(file: string, files: Set<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const specifiers = [
    ...Array.from(text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]/gm), (m) => (m[1] ? null : m[2])),
    // A lazy import() is a run-time dependency too (it only loads later).
    ...Array.from(text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g), (m) => m[1]),
  ];
  for (const specifier of specifiers) {
    if (!specifier) continue;
    const base = resolve(dirname(file), specifier);
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => files.has(candidate));
    if (target) found.push(target);
  }
  return found;
}

const files = sourceFiles(SRC);
const fileSet = new Set(files);
const graph = new Map(files.map((file) => [file, runtimeImports(file, fileSet)]));
const name = (file: string) => relative(SRC, file);

/** Packages only some layers may use: tfjs only in the worker's engine, comlink only at the boundary. */
const PACKAGE_HOMES: Array<{ pattern: RegExp; layers: string[] }> = [
  { pattern: /^@tensorflow\//, layers: ['engine'] },
  { pattern: /^comlink$/, layers: ['engine', 'engineClient', 'data'] },
];

function packageImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return Array.from(text.matchAll(/(?:^(?:import|export)\s+(?:type\s+)?[^'"]*?from\s+|^import\s+|\bimport\(\s*)['"]([^.'"][^'"]*)['"]/gm), (m) => m[1]);
}

describe('import rules', () => {
  it('imports tfjs only in the engine and comlink only at the worker boundaries', () => {
    const misplaced = files.flatMap((file) =>
      packageImports(file).flatMap((pkg) => {
        const home = PACKAGE_HOMES.find((entry) => entry.pattern.test(pkg));
        return home && !home.layers.includes(layerOf(file)) ? [`${name(file)} imports ${pkg}`] : [];
      }),
    );
    expect(misplaced).toEqual([]);
  });

  it('never imports upward', () => {
    const upward = files.flatMap((file) =>
      graph.get(file)!.flatMap((target) => {
        const [from, to] = [layerOf(file), layerOf(target)];
        return from === to || ALLOWED[from]?.includes(to) ? [] : [`${name(file)} -> ${name(target)}`];
      }),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const target of graph.get(file)!) {
        if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].map(name).join(' -> '));
        else if (!state.has(target)) visit(target);
      }
      path.pop();
      state.set(file, 'done');
    };
    files.forEach((file) => state.has(file) || visit(file));
    expect(cycles).toEqual([]);
  });

  it('imports from a module once per file (a type joins its values: `import { a, type B }`)', () => {
    const doubled = files.flatMap((file) => {
      const sources = [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      return [...new Set(sources.filter((source, i) => sources.indexOf(source) !== i))].map((source) => `${name(file)}: ${source}`);
    });
    expect(doubled).toEqual([]);
  });

  it('builds training rows only in the worker: the page draws the preview the engine sends', () => {
    const rowsModule = resolve(SRC, 'data/trainingData.ts');
    const builders = files.filter((file) => graph.get(file)!.includes(rowsModule) && layerOf(file) !== 'engine').map(name);
    expect(builders).toEqual([]);
  });

  it('has one way in for display names: shared/displayNames, re-exported nowhere else', () => {
    const reexports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^export\s*\{([^}]*)\}\s*from\s+['"][^'"]*displayNames['"]/gm)].map((m) => `${name(file)}: ${m[1].trim()}`),
    );
    expect(reexports).toEqual([]);
  });
});
