import { expect, type Page } from '@playwright/test';
import { engineWorker } from './pageMeasures';
import { workerHeapBytes } from './workerHeap';

/** The Iteration and Epoch read-outs as one count of batches done in the run. */
async function batchesDone(page: Page): Promise<number> {
  return page.evaluate(() => {
    const read = (label: string) => Number(document.querySelector(`output[aria-label="${label}"]`)?.textContent ?? NaN);
    const epoch = Number(document.getElementById('epoch-readout')?.textContent ?? NaN);
    return epoch * read('Iterations per epoch') + read('Iteration');
  });
}

async function openImages(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(/^(webgl|wasm|cpu)$/, { timeout: 120_000 });
  await expect(page.getByLabel('Test loss', { exact: true })).toHaveText(/^\d/, { timeout: 120_000 });
}

export interface ImageTrainingFigures {
  backend: string;
  batchSize: number;
  optimizer: string;
  learningRate: number;
  samplesPerSecond: number;
  framesPerSecond: number;
  longTasks: number;
  longestTaskMs: number;
}

/** Frames (requestAnimationFrame) and long tasks on the page's main thread over `seconds`, while `during` runs. */
async function mainThreadOver(page: Page, seconds: number, during: () => Promise<void> = async () => undefined) {
  await page.evaluate(() => {
    const state = { frames: 0, counting: true, longTasks: [] as number[], start: performance.now() };
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => state.longTasks.push(entry.duration)));
    observer.observe({ type: 'longtask' });
    const tick = () => {
      state.frames++;
      if (state.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (window as unknown as { __frames: unknown }).__frames = { state, observer };
  });
  const deadline = Date.now() + seconds * 1000;
  await during();
  const left = deadline - Date.now();
  if (left > 0) await page.waitForTimeout(left);
  return page.evaluate(() => {
    const { state, observer } = (window as unknown as { __frames: { state: { frames: number; counting: boolean; longTasks: number[]; start: number }; observer: PerformanceObserver } }).__frames;
    state.counting = false;
    observer.disconnect();
    const elapsed = (performance.now() - state.start) / 1000;
    return { framesPerSecond: state.frames / elapsed, longTasks: state.longTasks.length, longestTaskMs: Math.max(0, ...state.longTasks) };
  });
}

/**
 * Samples per second of a dataset's default network as the page trains it (batches counted by the
 * page's own read-outs), with the main thread's frames and long tasks over the same window.
 */
export async function measureDatasetTraining(page: Page, dataset: string, backend: string, seconds: number): Promise<ImageTrainingFigures> {
  await openImages(page, `?dataset=${dataset}&backend=${backend}`);
  const batchSize = Number(await page.getByLabel('Batch size', { exact: true }).inputValue());
  const optimizer = await page.getByLabel('Optimizer', { exact: true }).inputValue();
  const learningRate = Number(await page.getByLabel('Learning rate', { exact: true }).inputValue());
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // Past the first batches (kernels compiled, backend trial over) before the window opens.
  await expect.poll(() => batchesDone(page), { timeout: 180_000 }).toBeGreaterThanOrEqual(20);
  const startBatches = await batchesDone(page);
  const started = Date.now();
  const thread = await mainThreadOver(page, seconds);
  const batches = (await batchesDone(page)) - startBatches;
  const elapsed = (Date.now() - started) / 1000;
  const active = (await page.getByLabel('Active backend', { exact: true }).textContent()) ?? '?';
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return { backend: active, batchSize, optimizer, learningRate, samplesPerSecond: (batches * batchSize) / elapsed, ...thread };
}

/** Main-thread frames and long tasks while a digit is drawn on the pad, the network training meanwhile. */
export async function measureDrawing(page: Page, dataset: string, seconds: number) {
  await openImages(page, `?dataset=${dataset}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => batchesDone(page), { timeout: 180_000 }).toBeGreaterThanOrEqual(5);
  const pad = page.getByRole('img', { name: 'Draw a digit' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const figures = await mainThreadOver(page, seconds, async () => {
    const strokes = Math.max(1, Math.round(seconds));
    for (let stroke = 0; stroke < strokes; stroke++) {
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
      await page.mouse.down();
      // A loop of a "0", about 60 pointer moves a second, as a hand on a pad makes them.
      for (let i = 0; i <= 60; i++) {
        const angle = (i / 60) * 2 * Math.PI;
        await page.mouse.move(box.x + box.width * (0.5 + 0.25 * Math.sin(angle)), box.y + box.height * (0.5 - 0.3 * Math.cos(angle)));
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.getByRole('button', { name: 'Clear drawing' }).click();
    }
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return figures;
}

/** Seconds from pressing Train until the page shows at least `target` test accuracy (null: not within `limitSeconds`). */
export async function timeToAccuracy(page: Page, dataset: string, target: number, limitSeconds: number) {
  await openImages(page, `?dataset=${dataset}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const started = Date.now();
  let best = 0;
  while ((Date.now() - started) / 1000 < limitSeconds) {
    const accuracy = Number(await page.getByLabel('Test accuracy', { exact: true }).textContent());
    if (Number.isFinite(accuracy)) best = Math.max(best, accuracy);
    if (best >= target) break;
    await page.waitForTimeout(250);
  }
  const seconds = best >= target ? (Date.now() - started) / 1000 : null;
  const epoch = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  const backend = (await page.getByLabel('Active backend', { exact: true }).textContent()) ?? '?';
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // The whole set is in the worker by now: its heap shows whether images stayed bytes.
  return { seconds, bestAccuracy: best, epoch, backend, heapBytes: await workerHeapBytes(page) };
}

/** Tensors and worker heap after 2 and after `lateEpoch` epochs of an image set's default CNN. */
export async function measureImageMemory(page: Page, dataset: string, lateEpoch: number) {
  await openImages(page, `?dataset=${dataset}&epochs=2`);
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await train.click();
  await expect(page.locator('.status-text')).toHaveText('finished', { timeout: 300_000 });
  const worker = await engineWorker(page);
  const tensors = () => worker.evaluate(() => (self as unknown as { __engineBench: { memory(): { numTensors: number } } }).__engineBench.memory().numTensors);
  const early = { tensors: await tensors(), heap: await workerHeapBytes(page) };
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill(String(lateEpoch));
  await epochs.press('Enter');
  await train.click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(lateEpoch), { timeout: 900_000 });
  await expect(page.locator('.status-text')).toHaveText('finished');
  const late = { tensors: await tensors(), heap: await workerHeapBytes(page) };
  return { tensorsEarly: early.tensors, tensorsLate: late.tensors, heapEarlyBytes: early.heap, heapLateBytes: late.heap };
}
