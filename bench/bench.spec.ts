import { mkdirSync, writeFileSync } from 'node:fs';
import { test, type Browser } from '@playwright/test';
import { bundleSizes } from './bundleSizes';
import { convnetMnistCnnSamplesPerSecond, convnetTinyEpochsPerSecond, convnetWideSamplesPerSecond } from './convnetReference';
import { measureDrawing, measureImageMemory, measureDatasetTraining, timeToAccuracy, type ImageTrainingFigures } from './imageMeasures';
import { engineWorker, measureFirstEpoch, measureMemory, measureTraining, measureWide, type TrainingFigures } from './pageMeasures';
import { defaultProblem, heavyProblem, queryFor } from './problems';
import { formatTable, median, type Row } from './report';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WIDE_SECONDS = Number(process.env.BENCH_WIDE_SECONDS ?? 3);
const MEMORY_EPOCHS = Number(process.env.BENCH_MEMORY_EPOCHS ?? 2000);
/** MNIST runs are long: fewer repeats by default. */
const IMAGE_REPEATS = Number(process.env.BENCH_IMAGE_REPEATS ?? Math.min(REPEATS, 3));
/** BENCH_ONLY=wide,memory runs just those sections (load, default, heavy, wide, memory, images, sequences). */
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

  if (runs('images')) rows.push(...(await imageRows(browser, raw)));
  // Long sections print their rows at once: a later failure does not lose them.
  if (runs('images')) console.log(formatTable(rows));
  if (runs('sequences')) rows.push(...(await sequenceRows(browser, raw)));

  const table = formatTable(rows);
  console.log(`\nNeural Playground benchmark (medians of ${REPEATS}; ${SECONDS} s windows)\n${table}\n`);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify({ rows, raw }, null, 2));
  console.log('Wrote bench/results.json');
});

/** The default MNIST CNN per backend and on auto, convnetjs on the same CNN, drawing, accuracy over time, memory. */
async function imageRows(browser: Browser, raw: Record<string, unknown>): Promise<Row[]> {
  const rows: Row[] = [];
  const speed: Record<string, number> = {};
  let auto: ImageTrainingFigures[] = [];
  for (const backend of ['cpu', 'wasm', 'webgl', 'auto'] as const) {
    const results: ImageTrainingFigures[] = [];
    for (let i = 0; i < IMAGE_REPEATS; i++) {
      results.push(await inFreshPage(browser, (p) => measureDatasetTraining(p, 'mnist', backend, SECONDS)));
      console.log(`  mnist ${backend} ${i + 1}/${IMAGE_REPEATS}: ${JSON.stringify(results.at(-1))}`);
    }
    raw[`mnist_${backend}`] = results;
    speed[backend] = median(results.map((r) => r.samplesPerSecond));
    const picked = backend === 'auto' ? ` (picked ${results.map((r) => r.backend).join('/')})` : '';
    rows.push({ figure: `MNIST CNN: ${backend}${picked}`, value: speed[backend], unit: 'samples/s' });
    if (backend === 'auto') auto = results;
  }
  rows.push(
    { figure: 'MNIST CNN training: main-thread frames', value: median(auto.map((r) => r.framesPerSecond)), unit: 'fps', target: '>= 58', met: median(auto.map((r) => r.framesPerSecond)) >= 58 },
    { figure: 'MNIST CNN training: long tasks (> 50 ms)', value: median(auto.map((r) => r.longTasks)), unit: 'count', target: '0', met: median(auto.map((r) => r.longTasks)) === 0 },
  );
  const settings = auto[0];
  const training = { method: settings.optimizer === 'adam' ? ('adam' as const) : ('sgd' as const), learningRate: settings.learningRate, batchSize: settings.batchSize };
  const convnet = await repeat('convnetjs MNIST CNN', () =>
    inFreshPage(browser, async (p) => {
      await p.goto('/');
      return convnetMnistCnnSamplesPerSecond(p, SECONDS, training);
    }),
  );
  raw.convnetMnistCnn = { training, samplesPerSecond: convnet };
  rows.push(
    { figure: `convnetjs, same CNN (worker, ${training.method}, batch ${training.batchSize})`, value: median(convnet), unit: 'samples/s' },
    { figure: 'MNIST CNN auto ÷ convnetjs', value: speed.auto / median(convnet), unit: '×', target: '>= 3', met: speed.auto / median(convnet) >= 3 },
  );
  const drawing = await repeat('drawing while training', () => inFreshPage(browser, (p) => measureDrawing(p, 'mnist', 5)));
  raw.drawing = drawing;
  rows.push(
    { figure: 'drawing while training: frames', value: median(drawing.map((r) => r.framesPerSecond)), unit: 'fps', target: '>= 58', met: median(drawing.map((r) => r.framesPerSecond)) >= 58 },
    { figure: 'drawing while training: long tasks', value: median(drawing.map((r) => r.longTasks)), unit: 'count', target: '0', met: median(drawing.map((r) => r.longTasks)) === 0 },
  );
  const accuracy = await inFreshPage(browser, (p) => timeToAccuracy(p, 'mnist', 0.97, Number(process.env.BENCH_ACCURACY_SECONDS ?? 600)));
  raw.mnistTo97 = accuracy;
  rows.push(
    { figure: `MNIST CNN to 97 % test accuracy (auto: ${accuracy.backend}, epoch ${accuracy.epoch}, best ${accuracy.bestAccuracy})`, value: accuracy.seconds, unit: 's', target: '<= 120', met: accuracy.seconds !== null && accuracy.seconds <= 120 },
    { figure: 'worker heap, MNIST loaded and trained', value: accuracy.heapBytes / 1e6, unit: 'MB', target: '< 100', met: accuracy.heapBytes < 100e6 },
  );
  const memory = await inFreshPage(browser, (p) => measureImageMemory(p, 'digits8', 20));
  raw.imageMemory = memory;
  rows.push(
    { figure: 'digits CNN: tensors after 2 → 20 epochs', value: memory.tensorsLate - memory.tensorsEarly, unit: 'tensors more', target: '0', met: memory.tensorsLate === memory.tensorsEarly },
    { figure: 'digits CNN: worker heap growth 2 → 20 epochs', value: (memory.heapLateBytes - memory.heapEarlyBytes) / 1e6, unit: 'MB', target: '< 10', met: memory.heapLateBytes - memory.heapEarlyBytes < 10e6 },
  );
  return rows;
}

/** The default LSTM on the sine wave as the page trains it (pictures on), against stock tfjs model.fit on the same model in the same worker. */
async function sequenceRows(browser: Browser, raw: Record<string, unknown>): Promise<Row[]> {
  const rows: Row[] = [];
  const page: Record<string, number> = {};
  for (const backend of ['cpu', 'wasm', 'webgl', 'auto'] as const) {
    const results: ImageTrainingFigures[] = [];
    for (let i = 0; i < IMAGE_REPEATS; i++) {
      results.push(await inFreshPage(browser, (p) => measureDatasetTraining(p, 'sineWave', backend, SECONDS)));
      console.log(`  lstm ${backend} ${i + 1}/${IMAGE_REPEATS}: ${JSON.stringify(results.at(-1))}`);
    }
    raw[`lstm_${backend}`] = results;
    page[backend] = median(results.map((r) => r.samplesPerSecond));
    const picked = backend === 'auto' ? ` (picked ${results.map((r) => r.backend).join('/')})` : '';
    rows.push({ figure: `LSTM, page with pictures: ${backend}${picked}`, value: page[backend], unit: 'samples/s' });
    if (backend === 'auto') {
      rows.push(
        { figure: 'LSTM training: main-thread frames', value: median(results.map((r) => r.framesPerSecond)), unit: 'fps', target: '>= 58', met: median(results.map((r) => r.framesPerSecond)) >= 58 },
        { figure: 'LSTM training: long tasks (> 50 ms)', value: median(results.map((r) => r.longTasks)), unit: 'count', target: '0', met: median(results.map((r) => r.longTasks)) === 0 },
      );
    }
  }
  for (const backend of ['cpu', 'wasm', 'webgl'] as const) {
    // A backend where stock tfjs fails is a row that says so, not a lost table.
    const stock = await repeat(`stock tfjs LSTM ${backend}`, () =>
      inFreshPage(browser, async (p) => {
        await p.goto('/');
        const worker = await engineWorker(p);
        return worker
          .evaluate(
            ([b, s]) => (self as unknown as { __engineBench: { stockLstm(b: string, s: number): Promise<number> } }).__engineBench.stockLstm(b, s),
            [backend, SECONDS] as const,
          )
          .catch((error: unknown) => {
            console.log(`  stock tfjs LSTM on ${backend} failed: ${String(error).split('\n')[0]}`);
            return NaN;
          });
      }),
    );
    raw[`stockLstm_${backend}`] = stock;
    const ratio = page[backend] / median(stock);
    rows.push(
      { figure: `stock tfjs model.fit, same LSTM: ${backend}`, value: median(stock), unit: 'samples/s' },
      { figure: `LSTM page ÷ stock tfjs: ${backend}`, value: ratio, unit: '×', target: '>= 1', met: ratio >= 1 },
    );
  }
  return rows;
}
