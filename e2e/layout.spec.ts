import { expect, test, type Page } from '@playwright/test';
import { openPlayground, pauseButton, trainButton, waitForEpochAtLeast } from './helpers';

const SHOTS = 'test-results/screenshots';

async function expectNothingCutOff(page: Page) {
  // The page itself never scrolls sideways; wide networks scroll inside their own panel.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of ['Train', 'Step', 'Reset', 'Add layer']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox({ timeout: 5000 });
    expect(box, `${name} is on screen`).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  }
}

for (const viewport of [
  { width: 1366, height: 768, name: 'laptop' },
  { width: 1024, height: 768, name: 'tablet' },
]) {
  test(`nothing is cut off on a ${viewport.width}-wide ${viewport.name}, before and while training`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openPlayground(page);
    await expectNothingCutOff(page);
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-before.png` });
    await trainButton(page).click();
    await waitForEpochAtLeast(page, 40);
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-training.png` });
    await pauseButton(page).click();
    await page.getByLabel('Units in layer 1', { exact: true }).fill('64');
    await page.getByRole('button', { name: 'Add layer', exact: true }).click();
    await expectNothingCutOff(page);
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-wide-network.png` });
  });
}
