import { expect, test } from '@playwright/test';
import { openPlayground, readNumber, trainButton } from './helpers';

test('a learning rate far too high: training stops, says why in plain words, and one click recovers', async ({ page }) => {
  await openPlayground(page, '?dataset=plane&output=linear&layers=8:relu,8:relu&lr=5&loss=sumSquaredError');
  await trainButton(page).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('the loss grew without bound', { timeout: 30_000 });
  await expect(alert).toContainText('learning rate (5) is probably too high');
  await expect(trainButton(page)).toBeVisible();
  // Never "NaN" or a 90-digit number as if it were a result.
  await expect(page.getByLabel('Training loss', { exact: true })).toHaveText('diverged');
  await expect(page.locator('body')).not.toContainText('NaN');
  await page.getByRole('button', { name: 'Lower learning rate and reset', exact: true }).click();
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.5');
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await readNumber(page, 'Training loss')).toBeGreaterThan(0);
});
