import { expect, test } from '@playwright/test';
import { enterNumber, openAdvanced, openPlayground, readNumber, trainButton } from './helpers';

async function trainToTwenty(page: import('@playwright/test').Page): Promise<number> {
  await trainButton(page).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('20', { timeout: 60_000 });
  await expect(trainButton(page)).toBeVisible();
  return readNumber(page, 'Test loss');
}

test('a copied URL reproduces the same data, weights and test loss at epoch 20', async ({ page, context }) => {
  await openPlayground(page);
  await openAdvanced(page);
  await page.getByLabel('Backend', { exact: true }).selectOption('wasm');
  await page.getByLabel('Dataset', { exact: true }).selectOption('xor');
  await enterNumber(page.getByLabel('Seed', { exact: true }), '42');
  await enterNumber(page.getByLabel('Epochs', { exact: true }), '20');
  await expect(page).toHaveURL(/seed=42/);
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText('wasm');
  const first = await trainToTwenty(page);
  const url = page.url();

  const other = await context.newPage();
  await openPlayground(other, new URL(url).search);
  await expect(other.getByLabel('Dataset', { exact: true })).toHaveValue('xor');
  await expect(other.getByLabel('Seed', { exact: true })).toHaveValue('42');
  const second = await trainToTwenty(other);
  expect(second).toBe(first);

  // And the seed matters: another seed gives another curve.
  await openAdvanced(other);
  await enterNumber(other.getByLabel('Seed', { exact: true }), '43');
  await expect(other.getByLabel('Epoch', { exact: true })).toHaveText('0');
  expect(await trainToTwenty(other)).not.toBe(first);
});

test('invalid values in a link fall back to defaults with a visible notice', async ({ page }) => {
  await page.goto('/?lr=banana&batch=0&layers=4:tanh,9999:relu&dataset=%3Cscript%3Ealert(1)%3C%2Fscript%3E&seed=7');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('lr=banana');
  await expect(alert).toContainText('batch=0');
  await expect(alert).toContainText('layers=');
  await expect(alert).toContainText('dataset=<script>');
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.03');
  await expect(page.getByLabel('Batch size', { exact: true })).toHaveValue('10');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('circle');
  // The valid value in the same link is kept.
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('7');
  await expect(page.getByLabel('Active backend', { exact: true })).toHaveText(/^(webgl|wasm|cpu)$/);
});
