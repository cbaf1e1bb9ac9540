import { expect, test } from '@playwright/test';
import { bundleSizes } from '../bench/bundleSizes';
import { isSoftwareRenderer, webglInfo } from '../bench/gpuProbe';
import { convnetTinyEpochsPerSecond, convnetWideSamplesPerSecond } from '../bench/convnetReference';
import { measureFirstEpoch, measureMemory, measureTraining, measureWide } from '../bench/pageMeasures';
import { defaultProblem, heavyProblem, queryFor } from '../bench/problems';

// One short pass of every benchmark measurement, so `npm run bench` cannot rot unnoticed. It checks
// that each figure is measured and plausible, not that the speed targets are met (that is the bench).

test('bench smoke: bundle sizes are measured and the main bundle has no tfjs', () => {
  const sizes = bundleSizes(process.env.E2E_DIST ?? 'dist');
  expect(sizes.mainGzipBytes).toBeGreaterThan(10_000);
  expect(sizes.workerGzipBytes).toBeGreaterThan(sizes.mainGzipBytes / 2);
  expect(sizes.mainHasTfjs).toBe(false);
  expect(sizes.workerHasTfjs).toBe(true);
});

test('bench smoke: training figures and first epoch', async ({ page, browser }) => {
  const first = await measureFirstEpoch(page);
  expect(first).toBeGreaterThan(0);
  const figures = await measureTraining(page, queryFor(defaultProblem()), 1.5);
  expect(figures.epochsPerSecond).toBeGreaterThan(1);
  expect(figures.framesPerSecond).toBeGreaterThan(1);
  expect(figures.longTasks).toBeGreaterThanOrEqual(0);
  const other = await browser.newPage();
  const heavy = await measureTraining(other, queryFor(heavyProblem()), 1.5);
  expect(heavy.epochsPerSecond).toBeGreaterThan(0);
  await other.close();
});

test('bench smoke: wide problem on a forced backend and on auto, and the convnetjs references', async ({ page }) => {
  test.setTimeout(180_000);
  const cpu = await measureWide(page, 'cpu', 0.5);
  expect(cpu.backend).toBe('cpu');
  expect(cpu.samplesPerSecond).toBeGreaterThan(0);
  const auto = await measureWide(page, 'auto', 0.5);
  expect(['cpu', 'wasm', 'webgl']).toContain(auto.backend);
  expect(auto.chosenBy).toMatch(/cpu=/);
  expect(await convnetTinyEpochsPerSecond(page, 0.5)).toBeGreaterThan(0);
  expect(await convnetWideSamplesPerSecond(page, 0.5)).toBeGreaterThan(0);
  // The app is still usable after the measurement borrowed its worker.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
});

test('bench smoke: memory figures', async ({ page }) => {
  const memory = await measureMemory(page, 40);
  expect(memory.tensorsAfter10).toBeGreaterThan(0);
  expect(memory.tensorsAfter2000).toBe(memory.tensorsAfter10);
  expect(Math.abs(memory.heapGrowthBytes)).toBeLessThan(100e6);
});

test('bench smoke: the GPU benchmark\'s probe reads the WebGL renderer and whether a worker gets WebGL2', async ({ page }) => {
  await page.goto('/');
  const info = await webglInfo(page);
  expect(info.renderer).toMatch(/\S/);
  expect(info.webgl2).toBe(true);
  // tfjs's webgl backend in the engine's worker needs it; this Chromium has it (SwiftShader here).
  expect(info.workerWebgl2).toBe(true);
  expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(true);
  expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA H100 80GB HBM3/PCIe/SSE2, OpenGL 4.5)')).toBe(false);
});
