import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
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
