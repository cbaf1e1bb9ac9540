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

test('the first-visit hint says so when the lessons cannot arrive, and opens the lesson once they can', async ({ page }) => {
  await openPlayground(page);
  const hint = page.getByRole('complementary', { name: 'Getting started' });
  const open = hint.getByRole('button', { name: 'Open the first lesson', exact: true });
  const lessonChunk = /\/assets\/neuron-[^/]*\.js$/;
  await page.route(lessonChunk, (route) => route.abort());
  await open.click();
  await expect(hint.getByRole('alert')).toHaveText('The lessons could not be loaded. Check the connection and try again.');
  await page.unroute(lessonChunk);
  await open.click();
  await expect(page.getByRole('region', { name: /^Lesson 1:/ })).toContainText('step 1 of');
  await expect(hint).toHaveCount(0);
});
