import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { expect, type Locator, type Page } from '@playwright/test';
import { engineWorker } from '../bench/pageMeasures';

export async function readNumber(page: Page, label: string): Promise<number> {
  const text = await page.getByLabel(label, { exact: true }).textContent();
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`Read-out "${label}" shows "${text}", not a number`);
  return value;
}

/**
 * A read-out for expect.poll: NaN (which fails any comparison, so the poll tries again) while it
 * shows "–", as it does between a reconfigure and the new run's first losses.
 */
export const pollReading = (page: Page, label: string): Promise<number> => readNumber(page, label).catch(() => Number.NaN);

/** Opens the playground and waits until the engine has built the network and drawn it. */
export async function openPlayground(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(/^(webgl|wasm|cpu)$/);
  await expect(page.getByLabel('Test loss', { exact: true })).toHaveText(/^\d/);
}

export function trainButton(page: Page) {
  return page.getByRole('button', { name: 'Train', exact: true });
}

export function pauseButton(page: Page) {
  return page.getByRole('button', { name: 'Pause', exact: true });
}

export async function waitForEpochAtLeast(page: Page, epoch: number, timeout = 60_000): Promise<void> {
  await expect.poll(() => readNumber(page, 'Epoch'), { timeout }).toBeGreaterThanOrEqual(epoch);
}

/** Types a value into a number field and presses Enter: number fields apply a value on Enter or on leaving them. */
export async function enterNumber(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/** Opens the Advanced disclosure (backend, gradient clipping, seed) unless it is open already. */
export async function openAdvanced(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Advanced', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Start fresh asks first: presses it and confirms with "Forget everything". */
export async function startFreshConfirmed(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start fresh', exact: true }).click();
  await page.getByRole('dialog', { name: 'Start fresh' }).getByRole('button', { name: 'Forget everything', exact: true }).click();
}

/** Clicks a button and collects the `count` files it downloads, by suggested name. */
export async function downloadFiles(page: Page, button: string, count = 1): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  const done = new Promise<void>((resolve) => {
    page.on('download', async (d) => {
      files[d.suggestedFilename()] = readFileSync(await d.path());
      if (Object.keys(files).length === count) resolve();
    });
  });
  await page.getByRole('button', { name: button, exact: true }).click();
  await done;
  page.removeAllListeners('download');
  return files;
}

/** The page's model outputs (row-major) for `count` network inputs, computed in its own worker. */
export async function workerPredictions(page: Page, inputs: number[], count: number): Promise<number[]> {
  const worker = await engineWorker(page);
  return worker.evaluate(
    ([x, n]) => (self as unknown as { __engineBench: { predict(x: number[], n: number): number[] } }).__engineBench.predict(x, n),
    [inputs, count] as const,
  );
}

/** Files from "Export model" (model.json + model.weights.bin) loaded with plain tfjs, as someone taking the model away would. */
export async function loadExportedModel(files: Record<string, Buffer>): Promise<{ modelJson: { modelTopology: unknown; userDefinedMetadata: { playground: { inputs: Array<{ transform: string }> } } }; model: tf.LayersModel }> {
  const modelJson = JSON.parse(files['model.json'].toString('utf8'));
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0].weights, weightData: new Uint8Array(files['model.weights.bin']).buffer }),
  );
  return { modelJson, model };
}
