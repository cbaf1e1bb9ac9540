import { writeFileSync } from 'node:fs';
import { chromium, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { GPU_FLAG_SETS, isSoftwareRenderer, webglInfo, type WebglInfo } from './gpuProbe';
import { measureDatasetTraining } from './imageMeasures';
import { measureWide } from './pageMeasures';
import { formatTable, type Row } from './report';

/** Seconds each measurement trains for: 3 workloads × 3 backends fit in well under 5 minutes. */
const SECONDS = Number(process.env.BENCH_GPU_SECONDS ?? 6);
const BASE_URL = `http://127.0.0.1:${process.env.BENCH_GPU_PORT ?? 4175}`;
const BACKENDS = ['webgl', 'wasm', 'cpu'] as const;

/** The first flag set whose renderer is real hardware; else the last one tried (software, said so). */
async function launchOnGpu(): Promise<{ browser: Browser; flags: string; info: WebglInfo }> {
  let last: { browser: Browser; flags: string; info: WebglInfo } | null = null;
  for (const set of GPU_FLAG_SETS) {
    await last?.browser.close();
    const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...set.flags] });
    const page = await browser.newPage({ baseURL: BASE_URL });
    await page.goto('/');
    const info = await webglInfo(page);
    await page.close();
    console.log(`  flags ${set.name}: ${info.vendor} / ${info.renderer} (WebGL2 ${info.webgl2}, in a worker ${info.workerWebgl2})`);
    last = { browser, flags: set.name, info };
    if (!isSoftwareRenderer(info.renderer) && info.workerWebgl2) return last;
  }
  return last!;
}

async function inFreshPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1366, height: 768 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test('GPU benchmark: webgl against wasm and cpu', async () => {
  const started = Date.now();
  const { browser, flags, info } = await launchOnGpu();
  const raw: Record<string, unknown> = { flags, ...info };
  const rows: Row[] = [
    { figure: 'WebGL vendor', value: info.vendor, unit: '' },
    { figure: 'WebGL renderer', value: info.renderer, unit: '' },
    { figure: 'real GPU (not a software renderer)', value: isSoftwareRenderer(info.renderer) ? 'no' : 'yes', unit: '' },
    { figure: 'WebGL2 on OffscreenCanvas in a worker', value: info.workerWebgl2 ? 'yes' : 'no', unit: '' },
  ];
  try {
    const workloads: Array<{ name: string; run: (page: Page, backend: (typeof BACKENDS)[number]) => Promise<{ samplesPerSecond: number; backend?: string }> }> = [
      { name: 'wide MLP 784→128→10 (Adam, batch 64)', run: (page, backend) => measureWide(page, backend, SECONDS) },
      { name: 'digits 8×8 CNN (page, pictures on)', run: (page, backend) => measureDatasetTraining(page, 'digits8', backend, SECONDS) },
      { name: 'MNIST CNN (page, pictures on)', run: (page, backend) => measureDatasetTraining(page, 'mnist', backend, SECONDS) },
      { name: 'LSTM 16 on the sine wave (page, pictures on)', run: (page, backend) => measureDatasetTraining(page, 'sineWave', backend, SECONDS) },
    ];
    for (const workload of workloads) {
      const speeds: Record<string, number> = {};
      for (const backend of BACKENDS) {
        const result = await inFreshPage(browser, (page) => workload.run(page, backend)).catch((error: unknown) => {
          console.log(`  ${workload.name} on ${backend} failed: ${String(error).split('\n')[0]}`);
          return { samplesPerSecond: NaN, backend };
        });
        speeds[backend] = result.samplesPerSecond;
        raw[`${workload.name} ${backend}`] = result;
        console.log(`  ${workload.name}, ${backend}: ${JSON.stringify(result)}`);
        // A backend that could not start falls back; the row says where it really ran.
        const ran = result.backend && result.backend !== backend ? ` (ran on ${result.backend})` : '';
        rows.push({ figure: `${workload.name}: ${backend}${ran}`, value: result.samplesPerSecond, unit: 'samples/s' });
      }
      rows.push({ figure: `${workload.name}: webgl ÷ best of wasm, cpu`, value: speeds.webgl / Math.max(speeds.wasm, speeds.cpu), unit: '×' });
    }
  } finally {
    await browser.close();
  }
  rows.push({ figure: 'whole GPU benchmark', value: (Date.now() - started) / 1000, unit: 's', target: '< 300', met: Date.now() - started < 300_000 });
  console.log(`\nNeural Playground GPU benchmark (${SECONDS} s windows, flags ${flags})\n${formatTable(rows)}`);
  writeFileSync(new URL('./gpu-results.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), rows, raw }, null, 2));
  console.log('Wrote bench/gpu-results.json');
});
