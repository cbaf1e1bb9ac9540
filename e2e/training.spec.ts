import { expect, test } from '@playwright/test';
import { enterNumber, openAdvanced, openPlayground, pauseButton, readNumber, trainButton, waitForEpochAtLeast } from './helpers';

test('the default network learns the circle: test loss falls below 0.1', async ({ page }) => {
  await openPlayground(page);
  const initial = await readNumber(page, 'Test loss');
  expect(initial).toBeGreaterThan(0.1);
  await trainButton(page).click();
  await expect(pauseButton(page)).toBeVisible();
  await expect.poll(() => readNumber(page, 'Test loss'), { timeout: 60_000 }).toBeLessThan(0.1);
  expect(await readNumber(page, 'Training loss')).toBeLessThan(0.1);
  expect(await readNumber(page, 'Epoch')).toBeGreaterThan(0);
});

test('Pause stops the epoch counter', async ({ page }) => {
  await openPlayground(page);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 5);
  await pauseButton(page).click();
  await expect(trainButton(page)).toBeVisible();
  const paused = await readNumber(page, 'Epoch');
  await page.waitForTimeout(1500);
  expect(await readNumber(page, 'Epoch')).toBe(paused);
});

test('Step advances exactly one epoch, each time', async ({ page }) => {
  await openPlayground(page);
  expect(await readNumber(page, 'Epoch')).toBe(0);
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await step.click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('2');
  await page.waitForTimeout(800);
  expect(await readNumber(page, 'Epoch')).toBe(2);
});

test('Reset starts again from epoch 0 with the initial loss', async ({ page }) => {
  await openPlayground(page);
  const initial = await readNumber(page, 'Test loss');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 10);
  await pauseButton(page).click();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect.poll(() => readNumber(page, 'Test loss')).toBeCloseTo(initial, 4);
});

test('the active backend read-out names a real tfjs backend and the user can force one', async ({ page }) => {
  await openPlayground(page);
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(/^(webgl|wasm|cpu)$/);
  // The backend is an advanced setting: behind the Advanced disclosure.
  await openAdvanced(page);
  await page.getByLabel('Backend', { exact: true }).selectOption('wasm');
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText('wasm');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await page.getByLabel('Backend', { exact: true }).selectOption('cpu');
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText('cpu');
});

test('the loss read-outs say what they are over: every training and test point of the data', async ({ page }) => {
  await openPlayground(page);
  await expect(page.locator('#loss-readouts-over')).toHaveText('Mean loss per example, over all 250 training and 250 test points, after the last epoch.');
  await enterNumber(page.getByLabel('Number of points', { exact: true }), '100');
  await expect(page.locator('#loss-readouts-over')).toHaveText('Mean loss per example, over all 50 training and 50 test points, after the last epoch.');
});
