import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openPlayground, pauseButton, trainButton, waitForEpochAtLeast } from './helpers';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/screenshots';

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

// Issue 12: axe stays at 0 violations at all three sizes, normal and presentation mode, with a
// trained network on the page (pictures, links, legend, read-outs all present).
for (const size of SIZES) {
  for (const presentation of [false, true]) {
    const mode = presentation ? 'presentation' : 'normal';
    test(`no accessibility violations at ${size.width}×${size.height}, ${mode} mode, after training`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openPlayground(page);
      if (presentation) {
        const toggle = page.getByRole('button', { name: 'Presentation mode', exact: true });
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      }
      await trainButton(page).click();
      await waitForEpochAtLeast(page, 5);
      await pauseButton(page).click();
      await expect(trainButton(page)).toBeVisible();
      // Nothing on the page is wider than the screen, at any size.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(size.width);
      await expectNoAxeViolations(page, `the trained page at ${size.width}×${size.height} (${mode})`);
      await page.screenshot({ path: `${SHOTS}/sizes-${size.name}-${mode}.png` });
      await page.screenshot({ path: `${SHOTS}/sizes-${size.name}-${mode}-full.png`, fullPage: true });
    });
  }
}
