import { expect, test, type Page } from '@playwright/test';
import { enterNumber, openPlayground, pauseButton, trainButton, waitForEpochAtLeast } from './helpers';

// E2E_SHOTS keeps one suite's pictures apart when several run side by side (each run empties test-results).
const SHOTS = process.env.E2E_SHOTS ?? 'test-results/screenshots';

async function expectNothingCutOff(page: Page) {
  // The page itself never scrolls sideways; wide networks scroll inside their own panel.
  const overflow = await page.evaluate(() => {
    const sticking = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
    return { by: document.documentElement.scrollWidth - window.innerWidth, sticking: sticking.slice(0, 8) };
  });
  expect(overflow.by, `the page scrolls sideways; sticking out: ${overflow.sticking.join(', ')}`).toBeLessThanOrEqual(0);
  for (const name of ['Train', 'Step', 'Reset', 'Add layer', 'Presentation mode']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox({ timeout: 5000 });
    expect(box, `${name} is on screen`).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  }
  await expectNoOverlap(page);
}

/** Neighbours in the header, the run bar, the workspace and the read-outs never cover each other. */
async function expectNoOverlap(page: Page) {
  const overlaps = await page.evaluate(() => {
    const found: string[] = [];
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    for (const container of document.querySelectorAll('.app-header, .run-bar, .run-buttons, .workspace, .loss-readouts, .panel-title-row')) {
      const boxes = [...container.children]
        .map((child) => ({ child, box: child.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 1 && box.height > 1);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].box;
          const b = boxes[j].box;
          // One pixel of tolerance for borders that touch.
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`${name(boxes[i].child)} overlaps ${name(boxes[j].child)}`);
        }
      }
    }
    return found;
  });
  expect(overlaps).toEqual([]);
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
    await enterNumber(page.getByLabel('Units in layer 1', { exact: true }), '64');
    await page.getByRole('button', { name: 'Add layer', exact: true }).click();
    await expectNothingCutOff(page);
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-wide-network.png` });
  });

  test(`presentation mode on a ${viewport.width}-wide ${viewport.name}: larger, and still nothing cut off`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openPlayground(page);
    const toggle = page.getByRole('button', { name: 'Presentation mode', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const normalSize = await page.getByLabel('Learning rate', { exact: true }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const largerSize = await page.getByLabel('Learning rate', { exact: true }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(largerSize).toBeGreaterThan(normalSize * 1.1);
    await expectNothingCutOff(page);
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-presentation-before.png` });
    await trainButton(page).click();
    await waitForEpochAtLeast(page, 40);
    await pauseButton(page).click();
    await expectNothingCutOff(page);
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-presentation-trained.png` });
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-presentation-trained-full.png`, fullPage: true });
    await enterNumber(page.getByLabel('Units in layer 1', { exact: true }), '64');
    await page.getByRole('button', { name: 'Add layer', exact: true }).click();
    await expectNothingCutOff(page);
    await page.screenshot({ path: `${SHOTS}/${viewport.name}-presentation-wide-network.png` });
    // The choice is the room's: it survives a reload.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Presentation mode', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.app')).toHaveClass(/presentation/);
  });
}
