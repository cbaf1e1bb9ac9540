import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, pauseButton, readNumber, trainButton, waitForEpochAtLeast } from './helpers';

const fixture = (name: string) => `e2e/fixtures/${name}`;
const upload = (page: Page, name: string) => page.getByLabel('Upload CSV', { exact: true }).setInputFiles(fixture(name));
const mapping = (page: Page) => page.getByRole('region', { name: 'Map CSV columns' });

test('upload a CSV, map its columns, train on it and watch the loss fall', async ({ page }) => {
  await openPlayground(page);
  await upload(page, 'two-groups.csv');
  await expect(mapping(page)).toContainText('two-groups.csv: 160 rows, 4 columns');
  await page.screenshot({ path: 'test-results/screenshots/upload-mapping.png' });
  // Suggested from the file: the last column is the target, text means classes, numbers are inputs.
  await expect(page.getByLabel('Target column', { exact: true })).toHaveValue('group');
  await expect(page.getByLabel('Task', { exact: true })).toHaveValue('classification');
  await expect(page.getByLabel('Input column width', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Input column group', { exact: true })).toBeDisabled();
  await page.getByLabel('Input column noise column', { exact: true }).uncheck();
  await expect(page.getByLabel('Standardize inputs', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Use this data', exact: true }).click();
  await expect(mapping(page)).toHaveCount(0);
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('upload');
  await page.screenshot({ path: 'test-results/screenshots/upload-trained-before.png' });
  // The same training-ratio control and seed split the table.
  await expect(page.getByText('80 training points, 80 test points.')).toBeVisible();
  await expect(page).toHaveURL(/dataset=upload/);
  await expect(page).toHaveURL(/table=/);
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  const before = await readNumber(page, 'Test loss');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 15);
  await pauseButton(page).click();
  expect(await readNumber(page, 'Test loss')).toBeLessThan(before * 0.6);
  expect(await readNumber(page, 'Test accuracy')).toBeGreaterThan(0.85);
  await expect(page.getByRole('region', { name: 'Confusion matrix' }).locator('tbody tr')).toHaveCount(2);
  // Text labels keep their names: classes are numbered in order, shown by name.
  await expect(page.getByRole('list', { name: 'Classes' })).toHaveText(/large.*small/);
  await expect(page.getByRole('region', { name: 'Confusion matrix' }).locator('tbody th').first()).toContainText('large');
  await page.screenshot({ path: 'test-results/screenshots/upload-trained.png', fullPage: true });
});

test('a broken CSV gets a clear message, and the current data and network stay', async ({ page }) => {
  await openPlayground(page, '?dataset=xor');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await upload(page, 'ragged.csv');
  await expect(page.getByRole('alert')).toContainText('Line 3 has 2 cells, but the header has 3 columns.');
  await expect(page.getByRole('alert')).toContainText('The current data is unchanged.');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('xor');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await upload(page, 'text-only.csv');
  await expect(page.getByRole('alert')).toContainText('No column holds only numbers');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('xor');
});

test('missing values are explained, and the rows can be dropped; regression shows predicted against actual', async ({ page }) => {
  await openPlayground(page);
  await upload(page, 'missing.csv');
  await expect(page.getByLabel('Task', { exact: true })).toHaveValue('regression');
  await page.getByRole('button', { name: 'Use this data', exact: true }).click();
  await expect(mapping(page).getByRole('alert')).toContainText('2 rows have missing values in the chosen columns (first on line 7)');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('circle');
  await page.getByLabel('Drop the 2 rows with missing values').check();
  await page.getByRole('button', { name: 'Use this data', exact: true }).click();
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('upload');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 10);
  await pauseButton(page).click();
  await expect(page.getByRole('img', { name: /predicted \(up\) against actual/ })).toBeVisible();
});

test('Iris: a shipped table with four inputs, two chosen as the picture axes', async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel('Dataset', { exact: true }).selectOption('iris');
  await expect(page.getByLabel('Horizontal axis', { exact: true })).toHaveValue('petal_length');
  await expect(page.getByLabel('Output activation', { exact: true })).toHaveValue('softmax');
  // Three classes: softmax, read with categorical cross-entropy, and the page says why it changed.
  await expect(page.getByLabel('Loss', { exact: true })).toHaveValue('categoricalCrossEntropy');
  await expect(page.getByRole('status', { name: 'Adjustments' })).toContainText('categorical cross-entropy');
  await page.getByLabel('Optimizer', { exact: true }).selectOption('adam');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 40);
  await pauseButton(page).click();
  expect(await readNumber(page, 'Test accuracy')).toBeGreaterThan(0.85);
  await page.getByLabel('Horizontal axis', { exact: true }).selectOption('sepal_length');
  await expect(page.getByText(/sepal_length across/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/iris.png', fullPage: true });
  // Changing what the pictures show does not restart training.
  expect(await readNumber(page, 'Epoch')).toBeGreaterThanOrEqual(40);
});

test.describe('while the Iris table loads', () => {
  // The table's download is held back by a route; a service worker would answer it unseen.
  test.use({ serviceWorkers: 'block' });

  test('the page says it is setting up, and a Step clicked meanwhile trains Iris, not the network it replaces', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/iris.csv', async (route) => {
      await held;
      await route.continue();
    });
    await openPlayground(page);
    await page.getByLabel('Dataset', { exact: true }).selectOption('iris');
    await expect(page.locator('#run-status .status-text')).toHaveText('setting up…');
    await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('iris');
    await expect(page.getByRole('status').filter({ hasText: 'Reading the Iris table…' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/iris-loading.png' });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // Nothing trains while the table is still on its way.
    await page.waitForTimeout(1000);
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
    release();
    await expect(page.getByLabel('Horizontal axis', { exact: true })).toHaveValue('petal_length');
    await expect(page.locator('#run-status .status-text')).not.toHaveText('setting up…');
    await expect(page.getByText('Reading the Iris table…')).toHaveCount(0);
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
    expect(await readNumber(page, 'Training loss')).toBeGreaterThan(0);
  });

  test('another dataset chosen while Iris loads wins: the table does not switch the page back when it arrives', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let served = false;
    await page.route('**/iris.csv', async (route) => {
      await held;
      await route.continue();
      served = true;
    });
    await openPlayground(page);
    const dataset = page.getByLabel('Dataset', { exact: true });
    await dataset.selectOption('iris');
    await expect(dataset).toHaveValue('iris');
    await dataset.selectOption('spiral');
    await expect(dataset).toHaveValue('spiral');
    await expect(page.getByText('Reading the Iris table…')).toHaveCount(0);
    release();
    await expect.poll(() => served).toBe(true);
    // Time for the table to be read and built, as in the test above.
    await page.waitForTimeout(2000);
    await expect(dataset).toHaveValue('spiral');
    await expect(page.getByLabel('Horizontal axis', { exact: true })).toHaveCount(0);
    await expect(page.locator('#run-status .status-text')).toHaveText('ready');
  });
});

test('a link made with an uploaded file asks for the file again, then applies its column roles', async ({ page }) => {
  const roles = JSON.stringify({ fileName: 'two-groups.csv', inputs: ['width', 'height'], target: 'group', task: 'classification', standardize: false, axes: ['width', 'height'] });
  await page.goto(`/?dataset=upload&table=${encodeURIComponent(roles)}`);
  await expect(page.getByRole('alert')).toContainText('This link was made with the uploaded file "two-groups.csv". Upload it again');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('circle');
  await upload(page, 'two-groups.csv');
  await expect(page.getByLabel('Input column noise column', { exact: true })).not.toBeChecked();
  await expect(page.getByLabel('Standardize inputs', { exact: true })).not.toBeChecked();
});

test('a CSV dropped on the upload area opens the column mapping', async ({ page }) => {
  await openPlayground(page);
  const text = readFileSync(fixture('two-groups.csv'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, text);
  await page.locator('.upload-control .drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(mapping(page)).toContainText('dropped.csv: 160 rows, 4 columns');
});
