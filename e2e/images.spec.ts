import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { expect, test, type Page } from '@playwright/test';
import { decodeImageSet, examplePixels } from '../src/data/images/imageSet';
import { downloadFiles, loadExportedModel, openPlayground, pauseButton, pollReading, readNumber, trainButton, waitForEpochAtLeast, workerPredictions } from './helpers';

function shippedDigits() {
  const file = readFileSync(new URL('../public/datasets/digits8.bin', import.meta.url));
  const set = decodeImageSet(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength), 'digits8');
  return { ...set, testStart: set.trainCount };
}

async function chooseDigits(page: Page) {
  await openPlayground(page);
  await page.getByLabel('Dataset', { exact: true }).selectOption({ label: 'Digits 8×8' });
  await expect(page.getByTestId('image-split')).toHaveText(/Fixed split: 1,438 training images, 359 test images/);
}

test('the 8×8 digits come with a CNN that the worker really trains, and the page looks inside it', async ({ page }) => {
  await chooseDigits(page);
  // The default CNN, said as the page's adjustment, with each layer's output shape.
  await expect(page.getByLabel('Kind of layer 1', { exact: true })).toHaveValue('conv2d');
  await expect(page.getByRole('status', { name: 'Adjustments' })).toContainText('Images need layers that read images');
  await expect(page.getByRole('group', { name: 'Layer settings' })).toContainText('→ [8, 8, 8] · 80 parameters');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 3, 120_000);
  await pauseButton(page).click();
  expect(await readNumber(page, 'Test accuracy')).toBeGreaterThan(0.6);
  await expect(page.locator('#loss-readouts-over')).toHaveText('Mean loss per example, over all 1,438 training and 359 test images, after the last epoch.');
  // Images have no plane to draw a decision boundary over: nothing offers to save one.
  await expect(page.getByRole('button', { name: 'Save decision boundary as PNG' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save loss chart as PNG' })).toBeVisible();
  const inside = page.getByRole('region', { name: 'Inside the network' });
  await expect(inside.getByRole('table', { name: 'Class probabilities' }).getByRole('row')).toHaveCount(10);
  const maps = inside.getByRole('region', { name: 'Feature maps' });
  await expect(maps.getByRole('group', { name: /^First-layer kernels: 8 filters of 3×3/ })).toBeVisible();
  await expect(inside.getByRole('group', { name: /^Layer 1 · Convolution 2D: 8 feature maps 8×8/ })).toBeVisible();
  await expect(inside.getByRole('group', { name: /^Layer 2 · Max pooling 2D: 8 feature maps 4×4/ })).toBeVisible();
  // Choosing a test digit (by keyboard too) makes the pictures follow it.
  const three = page.getByRole('button', { name: /^Test digit \d+, class 3$/ }).first();
  const name = (await three.getAttribute('aria-label'))!;
  const index = name.match(/Test digit (\d+)/)![1];
  await three.focus();
  await page.keyboard.press('Enter');
  await expect(three).toHaveAttribute('aria-pressed', 'true');
  await expect(inside).toContainText(`Test digit ${index} (class 3): predicted`);
  await expect(page.getByRole('status', { name: 'Prediction' })).toHaveText(/^\d \(\d+\.\d %\)$/);
  await expect(inside.getByRole('row', { name: /^3 \(actual\)/ })).toBeVisible();
});

test('a dense layer straight after a convolution is explained before training, and Flatten is one click away', async ({ page }) => {
  await chooseDigits(page);
  // The kind menu offers only kinds that take the layer's input: dense is not offered after a pool.
  await expect(page.getByLabel('Kind of layer 3', { exact: true }).locator('option[value="dense"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove layer 3', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot take its input' })).toContainText('a dense layer takes a flat list of numbers, not [4, 4, 8]: put a Flatten layer before it');
  await expect(trainButton(page)).toBeDisabled();
  await page.getByRole('button', { name: 'Insert Flatten before layer 3' }).click();
  await expect(page.getByLabel('Kind of layer 3', { exact: true })).toHaveValue('flatten');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot take its input' })).toHaveCount(0);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 1, 120_000);
});

for (const [width, height, name] of [[1366, 768, 'laptop'], [1024, 768, 'tablet'], [390, 844, 'phone']] as const) {
  test(`the digits view fits a ${width}-wide screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await chooseDigits(page);
    await trainButton(page).click();
    await waitForEpochAtLeast(page, 1, 120_000);
    await pauseButton(page).click();
    await expect(page.getByRole('table', { name: 'Class probabilities' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/screenshots/digits-${name}.png`, fullPage: true });
  });
}

test('a digit drawn with the mouse is what the network classifies, live; clearing goes back to the test digit', async ({ page }) => {
  await chooseDigits(page);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 2, 120_000);
  const inside = page.getByRole('region', { name: 'Inside the network' });
  await expect(inside).toContainText(/Test digit \d+ \(class \d\): predicted/);
  const pad = page.getByRole('img', { name: 'Draw a digit' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  // A "1": one stroke down the middle of the pad, while the network keeps training.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * (0.15 + i * 0.07));
  await page.mouse.up();
  await expect(inside).toContainText(/Your drawing: predicted \d/);
  await expect(page.getByRole('status', { name: 'Prediction' })).toHaveText(/^\d/);
  // Still training: the drawing was classified by the network as it learns.
  await expect(pauseButton(page)).toBeVisible();
  await page.getByRole('button', { name: 'Clear drawing' }).click();
  await expect(inside).toContainText(/Test digit \d+ \(class \d\): predicted/);
  await pauseButton(page).click();
});

test('the digits reach 90 % test accuracy in the worker, and the exported CNN predicts the same in plain tfjs in Node', async ({ page }) => {
  await tf.setBackend('cpu');
  await chooseDigits(page);
  await trainButton(page).click();
  // Waits for the state (an accuracy the page shows), however long a busy machine takes to get there.
  await expect.poll(() => pollReading(page, 'Test accuracy'), { timeout: 240_000, intervals: [1000] }).toBeGreaterThanOrEqual(0.9);
  await pauseButton(page).click();
  await expect(trainButton(page)).toBeVisible();

  // Real test digits, scaled as the metadata says, through the page's network and the exported one.
  const digits = shippedDigits();
  const count = 40;
  const inputs = Array.from({ length: count }, (_, i) => Array.from(examplePixels(digits, digits.testStart + i * 7), (v) => v / 255)).flat();
  const expected = await workerPredictions(page, inputs, count);
  const { modelJson, model: loaded } = await loadExportedModel(await downloadFiles(page, 'Export model', 2));
  expect(modelJson.userDefinedMetadata.playground.inputs[0].transform).toContain('divided by 255, shaped [8, 8, 1]');
  const topology = JSON.stringify(modelJson.modelTopology);
  for (const kind of ['Conv2D', 'MaxPooling2D', 'Flatten', 'Dense']) expect(topology).toContain(`"class_name":"${kind}"`);
  const predicted = Array.from((loaded.predict(tf.tensor4d(inputs, [count, 8, 8, 1])) as tf.Tensor).dataSync());
  expect(predicted).toHaveLength(count * 10);
  predicted.forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThan(1e-5));
});
