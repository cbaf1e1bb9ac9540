import { mkdirSync, writeFileSync } from 'node:fs';
import { test, type Browser } from '@playwright/test';
import { bundleSizes } from './bundleSizes';
import { convnetTinyEpochsPerSecond, convnetWideSamplesPerSecond } from './convnetReference';
import { measureFirstEpoch, measureMemory, measureTraining, measureWide, type TrainingFigures } from './pageMeasures';
import { defaultProblem, heavyProblem, queryFor } from './problems';
import { formatTable, median, type Row } from './report';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WIDE_SECONDS = Number(process.env.BENCH_WIDE_SECONDS ?? 3);
const MEMORY_EPOCHS = Number(process.env.BENCH_MEMORY_EPOCHS ?? 2000);
/** BENCH_ONLY=wide,memory runs just those sections (load, default, heavy, wide, memory). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const runs = (section: string) => !ONLY || ONLY.includes(section);

async function inFreshPage<T>(browser: Browser, run: (page: import('@playwright/test').Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function repeat<T>(label: string, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < REPEATS; i++) {
    results.push(await run());
    console.log(`  ${label} ${i + 1}/${REPEATS}: ${JSON.stringify(results.at(-1))}`);
  }
  return results;
}

const trainingRows = (name: string, runs: TrainingFigures[], minEpochs: number): Row[] => [
  { figure: `${name}: epochs/s shown in page`, value: median(runs.map((r) => r.epochsPerSecond)), unit: 'epochs/s', target: `>= ${minEpochs}`, met: median(runs.map((r) => r.epochsPerSecond)) >= minEpochs },
  { figure: `${name}: main-thread frames`, value: median(runs.map((r) => r.framesPerSecond)), unit: 'fps', target: '>= 58', met: median(runs.map((r) => r.framesPerSecond)) >= 58 },
  { figure: `${name}: long tasks (> 50 ms)`, value: median(runs.map((r) => r.longTasks)), unit: 'count', target: '0', met: median(runs.map((r) => r.longTasks)) === 0 },
  { figure: `${name}: longest long task`, value: median(runs.map((r) => r.longestTaskMs)), unit: 'ms' },
];

test('benchmark', async ({ browser }) => {
  test.setTimeout(60 * 60_000);
  const rows: Row[] = [];
  const raw: Record<string, unknown> = { repeats: REPEATS, seconds: SECONDS, date: new Date().toISOString() };

  if (runs('load')) {
    const sizes = bundleSizes();
    raw.sizes = sizes;
    rows.push(
      { figure: 'main bundle (gzip)', value: sizes.mainGzipBytes / 1000, unit: 'kB', target: '<= 150, no tfjs', met: sizes.mainGzipBytes <= 150_000 && !sizes.mainHasTfjs },
      { figure: 'worker bundle (gzip)', value: sizes.workerGzipBytes / 1000, unit: 'kB', target: '<= 350', met: sizes.workerGzipBytes <= 350_000 },
    );
    const firstEpoch = await repeat('first epoch', () => inFreshPage(browser, measureFirstEpoch));
    raw.firstEpochMs = firstEpoch;
    rows.push({ figure: 'navigation to first epoch', value: median(firstEpoch), unit: 'ms', target: '<= 2000', met: median(firstEpoch) <= 2000 });
  }

  if (runs('default')) {
    const defaults = await repeat('default', () => inFreshPage(browser, (p) => measureTraining(p, queryFor(defaultProblem()), SECONDS)));
    raw.defaultProblem = defaults;
    rows.push(...trainingRows('default', defaults, 100));
    const convnetTiny = await repeat('convnetjs tiny', () =>
      inFreshPage(browser, async (p) => {
        await p.goto('/');
        return convnetTinyEpochsPerSecond(p, SECONDS / 2);
      }),
    );
    raw.convnetTinyEpochsPerSecond = convnetTiny;
    const ourTiny = median(defaults.map((r) => r.epochsPerSecond));
    rows.push(
      { figure: 'convnetjs tiny (worker, no UI)', value: median(convnetTiny), unit: 'epochs/s' },
      { figure: 'default ÷ convnetjs tiny', value: ourTiny / median(convnetTiny), unit: '×' },
    );
  }

  if (runs('heavy')) {
    const heavy = await repeat('heavy', () => inFreshPage(browser, (p) => measureTraining(p, queryFor(heavyProblem()), SECONDS)));
    raw.heavyProblem = heavy;
    rows.push(...trainingRows('heavy', heavy, 12));
  }

  if (runs('wide')) {
    const wide: Record<string, number> = {};
    for (const backend of ['cpu', 'wasm', 'webgl', 'auto'] as const) {
      const results = await repeat(`wide ${backend}`, () => inFreshPage(browser, (p) => measureWide(p, backend, WIDE_SECONDS)));
      raw[`wide_${backend}`] = results;
      wide[backend] = median(results.map((r) => r.samplesPerSecond));
      const picked = backend === 'auto' ? ` (picked ${results.map((r) => r.backend).join('/')})` : '';
      rows.push({ figure: `wide: ${backend}${picked}`, value: wide[backend], unit: 'samples/s' });
    }
    const fastest = Math.max(wide.cpu, wide.wasm, wide.webgl);
    rows.push({ figure: 'wide: auto ÷ fastest backend', value: wide.auto / fastest, unit: '×', target: '>= 0.9', met: wide.auto / fastest >= 0.9 });
    const convnetWide = await repeat('convnetjs wide', () =>
      inFreshPage(browser, async (p) => {
        await p.goto('/');
        return convnetWideSamplesPerSecond(p, WIDE_SECONDS);
      }),
    );
    raw.convnetWideSamplesPerSecond = convnetWide;
    rows.push(
      { figure: 'convnetjs wide (worker)', value: median(convnetWide), unit: 'samples/s' },
      { figure: 'wide auto ÷ convnetjs', value: wide.auto / median(convnetWide), unit: '×', target: '>= 2', met: wide.auto / median(convnetWide) >= 2 },
    );
  }

  if (runs('memory')) {
    const memory = await inFreshPage(browser, (p) => measureMemory(p, MEMORY_EPOCHS));
    raw.memory = memory;
    rows.push(
      { figure: 'tensors after 10 epochs', value: memory.tensorsAfter10, unit: 'tensors' },
      { figure: `tensors after ${MEMORY_EPOCHS} epochs`, value: memory.tensorsAfter2000, unit: 'tensors', target: 'same as after 10', met: memory.tensorsAfter2000 === memory.tensorsAfter10 },
      { figure: `worker heap growth 10 → ${MEMORY_EPOCHS}`, value: memory.heapGrowthBytes / 1e6, unit: 'MB', target: '< 10', met: memory.heapGrowthBytes < 10e6 },
    );
  }

  const table = formatTable(rows);
  console.log(`\nNeural Playground benchmark (medians of ${REPEATS}; ${SECONDS} s windows)\n${table}\n`);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify({ rows, raw }, null, 2));
  console.log('Wrote bench/results.json');
});
