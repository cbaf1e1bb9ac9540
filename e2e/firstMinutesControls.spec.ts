import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';

/** A new learner's first minutes (issue 12): number fields, said adjustments, a gentle first screen. */

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('a number field applies on Enter or on leaving it, and refuses a value out of range, naming the range', async ({ page }) => {
  await openPlayground(page);
  const units = field(page, 'Units in layer 1');
  await expect(page).toHaveURL(/layers=4/);
  // Typing is not applying: "600" does not pass through 6 and 60 on the way.
  await units.fill('6');
  await expect(units).toHaveValue('6');
  await expect(page).toHaveURL(/layers=4/);
  await units.fill('600');
  await units.press('Enter');
  // Refused, and it stays in the field, marked, with the range named.
  await expect(units).toHaveValue('600');
  await expect(units).toHaveAttribute('aria-invalid', 'true');
  await expect(units).toHaveAccessibleDescription(/between 1 and 512/);
  await expect(page.getByText(/between 1 and 512/)).toBeVisible();
  await expect(page).toHaveURL(/layers=4/);
  // Corrected, and applied when the learner leaves the field.
  await units.fill('64');
  await expect(units).toHaveAttribute('aria-invalid', 'false');
  await units.press('Tab');
  await expect(page).toHaveURL(/layers=64/);
  await expect(units).toHaveValue('64');

  const batch = field(page, 'Batch size');
  await batch.fill('100000');
  await batch.press('Enter');
  await expect(batch).toHaveValue('100000');
  await expect(batch).toHaveAttribute('aria-invalid', 'true');
  await expect(batch).toHaveAccessibleDescription(/between 1 and 2000/);
  await expect(page).toHaveURL(/batch=10(&|$)/);
  await batch.fill('25');
  await batch.press('Enter');
  await expect(page).toHaveURL(/batch=25(&|$)/);
  await expect(batch).toHaveAttribute('aria-invalid', 'false');
});

test('with SGD or batch gradient descent the batch field shows the batch size actually used', async ({ page }) => {
  await openPlayground(page);
  const batch = field(page, 'Batch size');
  await expect(batch).toHaveValue('10');
  await field(page, 'Optimizer').selectOption('sgd');
  await expect(batch).toBeDisabled();
  await expect(batch).toHaveValue('1');
  // 500 points, half of them for training: every one of the 250 in each update.
  await field(page, 'Optimizer').selectOption('batchGd');
  await expect(batch).toHaveValue('250');
  await field(page, 'Optimizer').selectOption('adam');
  await expect(batch).toBeEnabled();
  await expect(batch).toHaveValue('10');
});
