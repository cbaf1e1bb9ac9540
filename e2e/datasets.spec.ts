import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { IMAGE_DATASETS, SEQUENCE_DATASETS } from '../src/shared/spec';
import { openPlayground, readNumber } from './helpers';

test('every built-in dataset trains, and the noisy sine is drawn as a curve with the prediction', async ({ page }) => {
  test.setTimeout(240_000);
  await openPlayground(page);
  const options = await page.getByLabel('Dataset', { exact: true }).locator('option').evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
  expect(options).toEqual(expect.arrayContaining(['moons', 'checkerboard', 'rings3', 'blobs4', 'blobs6', 'sine', 'digits8', 'mnist', 'sineWave', 'memory', 'characters']));
  // Image sets and sequences train in their own tests (images.spec, sequences.spec); an MNIST epoch
  // (about 50 s here) would make this test five times longer. MNIST is loaded below, not trained.
  const covered = (dataset: string) => SEQUENCE_DATASETS.includes(dataset as never) || IMAGE_DATASETS.includes(dataset as never);
  for (const dataset of options.filter((dataset) => !covered(dataset))) {
    await page.getByLabel('Dataset', { exact: true }).selectOption(dataset);
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
    // Step once the engine has built this dataset's network (the read-out says "ready").
    await expect(page.locator('#run-status .status-text')).toHaveText('ready');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByLabel('Epoch', { exact: true }), dataset).toHaveText('1', { timeout: 60_000 });
    expect(await readNumber(page, 'Training loss'), dataset).toBeGreaterThanOrEqual(0);
  }
  // MNIST's 10,000 images reach the worker, which builds the set's CNN and reports the fixed split.
  await page.getByLabel('Dataset', { exact: true }).selectOption('mnist');
  await expect(page.getByTestId('image-split')).toHaveText(/Fixed split: 8,000 training images, 2,000 test images/, { timeout: 60_000 });
  await expect(page.locator('#run-status .status-text')).toHaveText('ready', { timeout: 60_000 });
  await page.getByLabel('Dataset', { exact: true }).selectOption('sine');
  await expect(page.getByRole('img', { name: /prediction \(line\)/ })).toBeVisible();
  await expect(page.locator('.prediction-line')).toHaveAttribute('d', /^M.+L/);
});

test('a built-in dataset downloads as CSV with every point', async ({ page }) => {
  await openPlayground(page, '?dataset=moons&points=120');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download data as CSV', exact: true }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  expect(lines[0]).toBe('x1,x2,label,split');
  expect(lines).toHaveLength(121);
  expect(lines.filter((l) => l.endsWith(',train'))).toHaveLength(60);
});
