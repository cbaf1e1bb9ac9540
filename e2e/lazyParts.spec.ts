import { expect, test } from '@playwright/test';
import { openPlayground, trainButton, waitForEpochAtLeast } from './helpers';

// The service worker would answer from its cache, around the route that fails the chunk.
test.use({ serviceWorkers: 'block' });

test('a part whose code cannot arrive says so in its place, and the rest of the page keeps working', async ({ page }) => {
  await openPlayground(page);
  // As for a page left open across a deployment that replaced its files.
  await page.route(/\/assets\/CodeDialog-[^/]*\.js$/, (route) => route.abort());
  await page.getByRole('button', { name: 'Export code', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The Export code dialog could not be loaded' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await trainButton(page).click();
  await waitForEpochAtLeast(page, 3);
});
