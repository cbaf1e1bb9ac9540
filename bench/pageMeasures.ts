import { expect, type Page, type Worker } from '@playwright/test';
import { workerHeapBytes } from './workerHeap';

export interface TrainingFigures {
  epochsPerSecond: number;
  framesPerSecond: number;
  longTasks: number;
  longestTaskMs: number;
}

async function openReady(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.status-text')).toHaveText('ready', { timeout: 60_000 });
}

/**
 * Epochs per second as the page's own epoch read-out advances, with main-thread frames (counted by
 * requestAnimationFrame) and long tasks (> 50 ms, PerformanceObserver) over the same window.
 */
export async function measureTraining(page: Page, query: string, seconds: number): Promise<TrainingFigures> {
  await openReady(page, query);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(async () => Number(await page.locator('#epoch-readout').textContent()), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  await page.waitForTimeout(500);
  const figures = await page.evaluate(async (windowSeconds) => {
    const epochNow = () => Number(document.getElementById('epoch-readout')!.textContent);
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
    observer.observe({ type: 'longtask' });
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const startEpoch = epochNow();
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, windowSeconds * 1000));
    counting = false;
    observer.disconnect();
    const elapsed = (performance.now() - start) / 1000;
    return {
      epochsPerSecond: (epochNow() - startEpoch) / elapsed,
      framesPerSecond: frames / elapsed,
      longTasks: longTasks.length,
      longestTaskMs: Math.max(0, ...longTasks),
    };
  }, seconds);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return figures;
}

export async function engineWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBeGreaterThan(0);
  return page.workers()[0];
}

export interface WideFigures {
  backend: string;
  samplesPerSecond: number;
  chosenBy?: string;
}

/** Samples per second of the 784→128→10 problem, trained in the app's own worker. */
export async function measureWide(page: Page, backend: 'auto' | 'webgl' | 'wasm' | 'cpu', seconds: number): Promise<WideFigures> {
  if (!page.url().startsWith('http')) await openReady(page, '');
  const worker = await engineWorker(page);
  return worker.evaluate(
    ([choice, s]) =>
      (self as unknown as { __engineBench: { wide(c: string, s: number): Promise<WideFigures> } }).__engineBench.wide(choice, s),
    [backend, seconds] as const,
  );
}

/** Milliseconds from navigation to the first completed epoch, pressing Train as soon as possible. */
export async function measureFirstEpoch(page: Page): Promise<number> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(() => Number(document.getElementById('epoch-readout')?.textContent) >= 1, null, { timeout: 60_000, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

export interface MemoryFigures {
  tensorsAfter10: number;
  tensorsAfter2000: number;
  heapGrowthBytes: number;
}

async function workerMemory(page: Page, worker: Worker) {
  const numTensors = await worker.evaluate(() =>
    (self as unknown as { __engineBench: { memory(): { numTensors: number } } }).__engineBench.memory().numTensors,
  );
  return { numTensors, heapBytes: await workerHeapBytes(page) };
}

/** Tensor count and worker heap after 10 and after 2,000 epochs of the default problem. */
export async function measureMemory(page: Page, lateEpoch = 2000): Promise<MemoryFigures> {
  await openReady(page, '?epochs=10');
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await train.click();
  await expect(page.locator('.status-text')).toHaveText('finished', { timeout: 60_000 });
  const worker = await engineWorker(page);
  const early = await workerMemory(page, worker);
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill(String(lateEpoch));
  // Number fields apply a value on Enter or on leaving them.
  await epochs.press('Enter');
  await expect(page).toHaveURL(new RegExp(`epochs=${lateEpoch}`));
  await train.click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(lateEpoch), { timeout: 300_000 });
  await expect(page.locator('.status-text')).toHaveText('finished');
  const late = await workerMemory(page, worker);
  return {
    tensorsAfter10: early.numTensors,
    tensorsAfter2000: late.numTensors,
    heapGrowthBytes: late.heapBytes - early.heapBytes,
  };
}
