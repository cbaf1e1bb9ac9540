import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openPlayground, trainButton } from './helpers';

const SHOTS = 'test-results/screenshots';

/** The lesson card's region, its "Next step" button and its status line. */
const card = (page: Page) => page.getByRole('region', { name: /^Lesson \d+:/ });
const nextStep = (page: Page) => card(page).getByRole('button', { name: 'Next step', exact: true });

async function openLesson(page: Page, title: string) {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button', { name: title, exact: true }).click();
  await expect(card(page)).toContainText(title);
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(page.getByLabel('Test loss', { exact: true })).toHaveText(/^\d/);
}

/** Trains until the run stops by itself at the step's epoch budget, or the step passes. */
async function trainUntilPassedOrDone(page: Page) {
  await trainButton(page).click();
  await expect(card(page).getByRole('status')).toHaveText(/Step complete|Done|Not yet/);
  await expect
    .poll(async () => (await nextStep(page).isEnabled()) || (await trainButton(page).isVisible()), { timeout: 90_000 })
    .toBe(true);
}

test('the lesson list opens a lesson whose first step sets the playground up and waits for a real result', async ({ page }) => {
  await openPlayground(page);
  await openLesson(page, 'Why hidden layers: XOR');
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('xor');
  await expect(nextStep(page)).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/lesson-xor-start.png` });
  await trainButton(page).click();
  // The run's end is a state to wait for: right after the click the button may still say Train.
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('200', { timeout: 60_000 });
  await expect(trainButton(page)).toBeVisible();
  await expect(nextStep(page)).toBeDisabled();
  await expect(card(page).getByRole('status')).toContainText('Not yet');
  await page.getByRole('button', { name: 'Add layer', exact: true }).click();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await trainUntilPassedOrDone(page);
  await expect(nextStep(page)).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/lesson-xor-passed.png` });
  await nextStep(page).click();
  await expect(card(page)).toContainText('step 2 of 2');
  await expect(page).toHaveURL(/lesson=hidden-layers&step=2/);
  // A reload comes back to the same step; a step passed before stays passed.
  await page.reload();
  await expect(card(page)).toContainText('step 2 of 2');
  await card(page).getByRole('button', { name: 'Previous step', exact: true }).click();
  await expect(card(page)).toContainText('step 1 of 2');
  await expect(nextStep(page)).toBeEnabled();
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Lessons' })).toContainText('2 steps, 1 passed');
});

test('glossary words in lesson text explain themselves on focus and hover; the lesson list and a lesson pass an axe scan', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Lessons' })).toBeVisible();
  await expectNoAxeViolations(page, 'the lesson list dialog');
  await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button', { name: 'What a neuron computes', exact: true }).click();
  await expect(card(page)).toContainText('step 1 of 3');
  const word = card(page).getByText('weight', { exact: true });
  await word.focus();
  const tip = page.getByRole('tooltip').filter({ hasText: 'how strongly one input' });
  await expect(tip).toBeVisible();
  await expect(word).toHaveAccessibleDescription(/how strongly one input/);
  await card(page).getByText('bias', { exact: true }).hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'adds to its weighted sum' })).toBeVisible();
  await expectNoAxeViolations(page, 'the page with a lesson open');
  // Hint, then folding and closing the lesson.
  await card(page).getByRole('button', { name: 'Hint', exact: true }).click();
  await expect(card(page)).toContainText('Hint:');
  await card(page).getByRole('button', { name: 'Fold lesson', exact: true }).click();
  await expect(card(page).getByText('Try this:')).toBeHidden();
  await card(page).getByRole('button', { name: 'Close lesson', exact: true }).click();
  await expect(card(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/lesson=/);
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
]) {
  test(`a lesson at ${viewport.width}×${viewport.height}: nothing cut off, in normal and presentation mode`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?lesson=vanishing-gradients');
    await expect(card(page)).toContainText('step 1 of 2');
    for (const mode of ['normal', 'presentation']) {
      if (mode === 'presentation') await page.getByRole('button', { name: 'Presentation mode', exact: true }).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      for (const name of ['Lessons', 'Teacher link', 'Next step', 'Close lesson', 'Train']) {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(box, `${name} is on screen`).not.toBeNull();
        expect(box!.x + box!.width, `${name} fits across`).toBeLessThanOrEqual(viewport.width);
      }
      await page.screenshot({ path: `${SHOTS}/lesson-${viewport.width}-${mode}.png` });
    }
  });
}

test('a lesson can be followed with the keyboard alone', async ({ page }) => {
  await openPlayground(page);
  const lessons = page.getByRole('button', { name: 'Lessons', exact: true });
  for (let i = 0; i < 20 && !(await lessons.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(lessons).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Lessons' });
  await expect(dialog).toBeVisible();
  const first = dialog.getByRole('button', { name: 'What a neuron computes', exact: true });
  for (let i = 0; i < 5 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  // Focus lands on the lesson's title; Space there trains (the page's shortcut).
  await expect(card(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('gauss');
  await page.keyboard.press('Space');
  await expect(nextStep(page)).toBeEnabled({ timeout: 60_000 });
  for (let i = 0; i < 10 && !(await nextStep(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(nextStep(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toContainText('step 2 of 3');
  await expect(card(page).getByRole('heading', { level: 2 })).toBeFocused();
});
