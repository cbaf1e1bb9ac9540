import { expect, test } from '@playwright/test';
import { enterNumber, openPlayground, pauseButton, readNumber, trainButton, waitForEpochAtLeast } from './helpers';

const neuronsIn = (page: import('@playwright/test').Page) => page.getByTestId('network-diagram').locator('.neuron:not(.dimmed)');

test('adding and removing a layer changes the diagram, and the new network trains', async ({ page }) => {
  await openPlayground(page);
  const diagram = page.getByTestId('network-diagram');
  await expect(diagram).toHaveAttribute('data-layers', '2');
  const before = await neuronsIn(page).count();

  await page.getByRole('button', { name: 'Add layer' }).click();
  await expect(diagram).toHaveAttribute('data-layers', '3');
  await expect(page.getByLabel('Units in layer 3', { exact: true })).toHaveValue('2');
  await enterNumber(page.getByLabel('Units in layer 3', { exact: true }), '5');
  await page.getByLabel('Activation of layer 3', { exact: true }).selectOption('relu');
  await expect(neuronsIn(page)).toHaveCount(before + 5);

  await trainButton(page).click();
  await waitForEpochAtLeast(page, 30);
  await pauseButton(page).click();
  expect(await readNumber(page, 'Training loss')).toBeLessThan(0.5);

  await page.getByRole('button', { name: 'Remove layer 1', exact: true }).click();
  await expect(diagram).toHaveAttribute('data-layers', '2');
  await expect(neuronsIn(page)).toHaveCount(before + 5 - 4);
  // A new network is a new run: it starts from epoch 0 and trains again.
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 5);
  await pauseButton(page).click();
});

test('a 64-unit layer stays usable and trains', async ({ page }) => {
  await openPlayground(page);
  await enterNumber(page.getByLabel('Units in layer 1', { exact: true }), '64');
  await expect(neuronsIn(page)).toHaveCount(2 + 64 + 2 + 1);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 3);
  await pauseButton(page).click();
  // The remove button of the wide layer can still be reached and used.
  await page.getByRole('button', { name: 'Remove layer 1', exact: true }).click();
  await expect(page.getByTestId('network-diagram')).toHaveAttribute('data-layers', '1');
});

test('features can be switched on and off, and the first layer follows', async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel('Feature x1 squared', { exact: true }).check();
  await page.getByLabel('Feature x2 squared', { exact: true }).check();
  await expect(page).toHaveURL(/features=x1%2Cx2%2Cx1Squared%2Cx2Squared/);
  await page.getByLabel('Feature x1', { exact: true }).uncheck();
  await expect(page).toHaveURL(/features=x2%2Cx1Squared%2Cx2Squared/);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 3);
});

test('data controls change the data, and the link follows', async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel('Noise', { exact: true }).fill('20');
  await expect(page).toHaveURL(/noise=20/);
  await page.getByLabel('Training ratio', { exact: true }).fill('70');
  await expect(page).toHaveURL(/trainPercent=70/);
  await expect(page.getByText('350 training points, 150 test points.')).toBeVisible();
  const before = page.url();
  await page.getByRole('button', { name: 'Regenerate', exact: true }).click();
  await expect(page).not.toHaveURL(before);
  await page.getByLabel('Dataset', { exact: true }).selectOption('plane');
  // Regression: the output becomes linear, and the page says so.
  await expect(page.getByLabel('Output activation', { exact: true })).toHaveValue('linear');
  await expect(page.getByRole('status', { name: 'Adjustments' })).toContainText('so the output is now Linear');
  // A classification loss on regression data is explained, not left to fail.
  await page.getByLabel('Loss', { exact: true }).selectOption('hinge');
  await expect(page.getByRole('status', { name: 'Adjustments' })).toContainText('Hinge loss needs two classes');
  await expect(page.getByLabel('Loss', { exact: true })).toHaveValue('meanSquaredError');
  await page.getByLabel('Loss', { exact: true }).selectOption('huber');
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 5);
  expect(await readNumber(page, 'Test loss')).toBeGreaterThanOrEqual(0);
});

test('each layer shows its output shape and parameters, and the total follows an edit', async ({ page }) => {
  await openPlayground(page);
  const settings = page.getByRole('group', { name: 'Layer settings' });
  // Default network: 2 features → 4 → 2 → 1, dense weights plus biases.
  await expect(settings).toContainText('[2] per example');
  await expect(settings).toContainText(`→ [4] · ${(2 + 1) * 4} parameters`);
  await expect(settings.getByTestId('total-parameters')).toHaveText(`${(2 + 1) * 4 + (4 + 1) * 2 + (2 + 1) * 1} parameters`);
  await enterNumber(page.getByLabel('Units in layer 1', { exact: true }), '6');
  await page.getByLabel('Kind of layer 2', { exact: true }).selectOption('batchNorm');
  // Batch norm keeps the width it receives and holds four numbers per unit (γ, β, moving mean and variance).
  await expect(settings).toContainText(`→ [6] · ${4 * 6} parameters`);
  await expect(settings.getByTestId('total-parameters')).toHaveText(`${(2 + 1) * 6 + 4 * 6 + (6 + 1) * 1} parameters`);
});
