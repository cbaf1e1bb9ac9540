import { expect, test, type Page } from '@playwright/test';
import { openPlayground, pauseButton, readNumber, trainButton, waitForEpochAtLeast } from './helpers';

function stepButton(page: Page) {
  return page.getByRole('button', { name: 'Step', exact: true });
}

test('Train trains again after Pause and a Step, and after Reset', async ({ page }) => {
  await openPlayground(page);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 20);
  await pauseButton(page).click();
  await expect(trainButton(page)).toBeVisible();
  const paused = await readNumber(page, 'Epoch');
  await stepButton(page).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(paused + 1));
  await trainButton(page).click();
  await expect(pauseButton(page)).toBeVisible();
  await waitForEpochAtLeast(page, paused + 10);
  await pauseButton(page).click();
  await expect(trainButton(page)).toBeVisible();

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await stepButton(page).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('1');
  await trainButton(page).click();
  await expect(pauseButton(page)).toBeVisible();
  await waitForEpochAtLeast(page, 10);
});

/** Trains to a limit of 5, presses Train again (refused, in words), then raises Epochs to 12. */
async function refusedAtTheLimitThenRaised(page: Page) {
  await openPlayground(page, '?epochs=5');
  await trainButton(page).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('5');
  await expect(trainButton(page)).toBeVisible();
  await trainButton(page).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Already at epoch 5 of 5' });
  await expect(notice).toContainText('raise Epochs or Reset');
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill('12');
  await epochs.press('Enter');
  await expect(notice).toHaveCount(0);
  return epochs;
}

test('Train at the epoch limit says so in words, and trains once Epochs is raised', async ({ page }) => {
  await refusedAtTheLimitThenRaised(page);
  await trainButton(page).click();
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('12');
});

test('a refused Train is settled by changing Epochs: lowering them again later does not bring the notice back', async ({ page }) => {
  const epochs = await refusedAtTheLimitThenRaised(page);
  await epochs.fill('3');
  await epochs.press('Enter');
  await expect(page).toHaveURL(/epochs=3/);
  await expect(page.getByRole('alert').filter({ hasText: 'Already at epoch' })).toHaveCount(0);
  // Pressed again, Train is refused again, and says so again, inside the page's notices.
  await trainButton(page).click();
  await expect(page.locator('.notices').getByRole('alert').filter({ hasText: 'Already at epoch 5 of 3' })).toBeVisible();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Already at epoch' })).toHaveCount(0);
});
