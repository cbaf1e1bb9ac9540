import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { engineWorker } from '../bench/pageMeasures';
import { expectNoAxeViolations } from './axe';
import { openPlayground, pauseButton, trainButton, waitForEpochAtLeast } from './helpers';

async function downloadOne(page: Page, button: string): Promise<{ name: string; data: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), data: readFileSync(await file.path()) };
}

/** What the loss chart draws, as a sighted learner sees it: the points of the training-loss line. */
async function lossLinePoints(page: Page): Promise<number> {
  const d = (await page.locator('.loss-chart path.loss-line.train').getAttribute('d')) ?? '';
  return (d.match(/[ML]/g) ?? []).length;
}

const lossChart = (page: Page) => page.getByRole('img', { name: 'Loss per epoch: training loss and test loss' });

test('importing a model file brings its whole loss history back onto the loss chart', async ({ page }, testInfo) => {
  await openPlayground(page, '?optimizer=adam&lr=0.01&seed=4');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 30);
  await pauseButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('paused');
  const epoch = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  const trainedPoints = await lossLinePoints(page);
  expect(trainedPoints).toBeGreaterThan(30);

  const file = await downloadOne(page, 'Export model as one JSON');
  mkdirSync(testInfo.outputPath(), { recursive: true });
  const path = testInfo.outputPath(file.name);
  writeFileSync(path, file.data);

  // A new run: the chart is back to its one untrained point.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect.poll(() => lossLinePoints(page)).toBe(1);

  await page.getByLabel('Import model', { exact: true }).setInputFiles(path);
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(epoch));
  await expect.poll(() => lossLinePoints(page)).toBe(trainedPoints);
  await expect(lossChart(page)).toHaveAccessibleDescription(`${trainedPoints} points, epochs 0 to ${epoch}.`);

  // Training goes on from there, on the same chart.
  await trainButton(page).click();
  await waitForEpochAtLeast(page, epoch + 3);
  await pauseButton(page).click();
  expect(await lossLinePoints(page)).toBeGreaterThan(trainedPoints);
});

const diagram = (page: Page) => page.getByTestId('network-diagram');
const inspector = (page: Page) => page.getByRole('group', { name: 'Neuron inspector' });
const boundary = (page: Page) => page.getByRole('img', { name: /over the input plane/ });
const enlarged = (page: Page, name: string) => page.getByRole('img', { name: `${name}: its output at every point of the plane` });
/** A canvas's pixels, to tell one picture from another. */
const pixelsOf = (canvas: import('@playwright/test').Locator) => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());

async function predictions(page: Page): Promise<number[]> {
  const worker = await engineWorker(page);
  return worker.evaluate(() => (self as unknown as { __engineBench: { predict(x: number[], n: number): number[] } }).__engineBench.predict([1, 2, -3, 0.5, 0, -1], 3));
}

/** The weight from x1 into layer 1's first neuron, as the Neuron inspector reads it (focused on it). */
async function inspectedX1Weight(page: Page): Promise<number> {
  if (!(await inspector(page).evaluate((group) => group.contains(document.activeElement)))) await inspector(page).focus();
  const text = (await inspector(page).locator('.inspector-readout').textContent()) ?? '';
  const match = /weights in: x1 (−?\d+\.\d{3})/.exec(text);
  if (!match) throw new Error(`No x1 weight in "${text}"`);
  return Number(match[1].replace('−', '-'));
}

test('hovering or inspecting a neuron shows its picture large over the output, named, until the pointer or focus leaves', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  const output = page.getByRole('region', { name: 'Output' });

  await diagram(page).getByTitle(/^Layer 2, neuron 1,/).hover();
  await expect(enlarged(page, 'Layer 2, neuron 1')).toBeVisible();
  await expect(output.getByText('Layer 2, neuron 1', { exact: true })).toBeVisible();
  await expect(boundary(page)).toHaveCount(1);
  const first = await pixelsOf(enlarged(page, 'Layer 2, neuron 1'));
  await diagram(page).getByTitle(/^Layer 2, neuron 2,/).hover();
  await expect(enlarged(page, 'Layer 2, neuron 2')).toBeVisible();
  expect(await pixelsOf(enlarged(page, 'Layer 2, neuron 2'))).not.toBe(first);
  // Away from the diagram, the decision boundary is back on its own.
  await page.getByRole('heading', { name: 'Output' }).hover();
  await expect(output.getByRole('img', { name: /its output at every point of the plane/ })).toHaveCount(0);

  // By keyboard: the inspector's neuron is the one shown.
  await inspector(page).focus();
  await expect(enlarged(page, 'Layer 1, neuron 1')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(enlarged(page, 'Layer 2, neuron 1')).toBeVisible();
  await expect(output.getByText('Layer 2, neuron 1', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the page with a neuron shown large');
  await page.keyboard.press('Tab');
  await expect(output.getByRole('img', { name: /its output at every point of the plane/ })).toHaveCount(0);
  await expect(boundary(page)).toBeVisible();
});

test('a weight typed while paused is the model\'s at once: predictions, picture and the next epoch\'s loss follow it', async ({ page }) => {
  await openPlayground(page, '?seed=3');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  const epoch = page.getByLabel('Epoch', { exact: true });
  // The run as it goes untouched: two epochs from the seed.
  await step.click();
  await expect(epoch).toHaveText('1');
  await step.click();
  await expect(epoch).toHaveText('2');
  const untouchedLoss = await page.getByLabel('Training loss', { exact: true }).textContent();

  // The same run again, with one weight typed between the two epochs.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(epoch).toHaveText('0');
  await step.click();
  await expect(epoch).toHaveText('1');
  const before = await predictions(page);
  const picture = diagram(page).getByTitle(/^Layer 1, neuron 1,/).locator('canvas');
  const pictureBefore = await pixelsOf(picture);

  // Click the link from x1 into layer 1's first neuron, half-way along it.
  const from = (await diagram(page).getByTitle('Input x1', { exact: true }).boundingBox())!;
  const to = (await diagram(page).getByTitle(/^Layer 1, neuron 1,/).boundingBox())!;
  await page.mouse.click((from.x + from.width + to.x) / 2, (from.y + to.y + to.height) / 2);
  const field = page.getByRole('spinbutton', { name: /^Weight from/ });
  await expect(field).toHaveAccessibleName('Weight from x1 to layer 1, neuron 1');
  await expect(field).toBeFocused();
  await field.fill('3.5');
  await field.press('Enter');

  await expect.poll(() => predictions(page)).not.toEqual(before);
  await expect.poll(() => pixelsOf(picture)).not.toBe(pictureBefore);
  await inspector(page).focus();
  await expect.poll(() => inspectedX1Weight(page)).toBe(3.5);
  await step.click();
  await expect(epoch).toHaveText('2');
  await expect(page.getByLabel('Training loss', { exact: true })).not.toHaveText(untouchedLoss ?? '');
  // Training went on from the typed value rather than throwing it away.
  expect(Math.abs((await inspectedX1Weight(page)) - 3.5)).toBeLessThan(0.5);
});

test('by keyboard, the Neuron inspector edits a weight while training; pause and resume keep it', async ({ page }) => {
  await openPlayground(page, '?seed=5');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 3);
  await inspector(page).focus();
  await expect(inspector(page)).toContainText('Layer 1, neuron 1');
  await page.keyboard.press('Enter');
  const field = page.getByRole('spinbutton', { name: 'Weight from x1 to layer 1, neuron 1' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('spinbutton', { name: 'Bias of layer 1, neuron 1' })).toBeVisible();
  await expectNoAxeViolations(page, 'the page with the weight editor open');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  // Still training, and the network now carries the typed weight (training nudges it from there).
  await expect(page.locator('.status-text')).toHaveText('training');
  await expect.poll(() => inspectedX1Weight(page)).toBeGreaterThan(5);
  const epochThen = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  await waitForEpochAtLeast(page, epochThen + 3);
  expect(Math.abs((await inspectedX1Weight(page)) - 6)).toBeLessThan(1);

  // Escape closes the editor and comes back to the inspector.
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(inspector(page)).toBeFocused();
  await pauseButton(page).click();
  await expect(page.locator('.status-text')).toHaveText('paused');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, epochThen + 6);
  await pauseButton(page).click();
  await inspector(page).focus();
  expect(Math.abs((await inspectedX1Weight(page)) - 6)).toBeLessThan(1.5);
});
