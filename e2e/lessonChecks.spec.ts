import { expect, test, type Page } from '@playwright/test';
import { enterNumber, readNumber, trainButton } from './helpers';

/**
 * Every lesson's first check, on the real worker: a known-bad attempt trains to the step's end
 * without unlocking "Next step", then a known-good change unlocks it.
 */
const card = (page: Page) => page.getByRole('region', { name: /^Lesson \d+:/ });
const nextStep = (page: Page) => card(page).getByRole('button', { name: 'Next step', exact: true });
const select = (page: Page, label: string, value: string) => page.getByLabel(label, { exact: true }).selectOption(value);
const fill = (page: Page, label: string, value: string) => enterNumber(page.getByLabel(label, { exact: true }), value);
const feature = (page: Page, name: string) => page.getByRole('checkbox', { name: `Feature ${name}`, exact: true });

interface LessonCase {
  id: string;
  /** Epochs the step's run stops at by itself (null when it has no limit). */
  budget: number | null;
  bad(page: Page): Promise<void>;
  good(page: Page): Promise<void>;
  /** Step instead of Train, for checks about a single epoch. */
  step?: boolean;
}

const nothing = async () => undefined;
const removeLayers = async (page: Page, count: number) => {
  for (let i = count; i >= 1; i--) await page.getByRole('button', { name: `Remove layer ${i}`, exact: true }).click();
};

const CASES: LessonCase[] = [
  {
    id: 'neuron',
    budget: 60,
    bad: async (page) => {
      await feature(page, 'x1 squared').check();
      await feature(page, 'x1').uncheck();
      await feature(page, 'x2').uncheck();
    },
    good: nothing,
  },
  {
    id: 'activations',
    budget: 200,
    bad: nothing,
    good: async (page) => {
      await select(page, 'Activation of layer 1', 'tanh');
      await select(page, 'Activation of layer 2', 'tanh');
    },
  },
  { id: 'hidden-layers', budget: 200, bad: nothing, good: (page) => page.getByRole('button', { name: 'Add layer', exact: true }).click() },
  {
    id: 'losses',
    budget: 100,
    bad: (page) => select(page, 'Loss', 'hinge').then(() => undefined),
    good: (page) => select(page, 'Loss', 'binaryCrossEntropy').then(() => undefined),
  },
  { id: 'learning-rate', budget: 100, bad: nothing, good: (page) => fill(page, 'Learning rate', '0.1') },
  { id: 'batches', budget: null, step: true, bad: (page) => fill(page, 'Batch size', '25'), good: (page) => fill(page, 'Batch size', '50') },
  { id: 'optimizers', budget: 60, bad: nothing, good: (page) => select(page, 'Optimizer', 'adam').then(() => undefined) },
  { id: 'overfitting', budget: 400, bad: (page) => removeLayers(page, 3), good: nothing },
  {
    id: 'initialization',
    budget: 100,
    bad: nothing,
    good: async (page) => {
      for (const label of ['Initializer of layer 1', 'Initializer of layer 2', 'Initializer of output layer']) await select(page, label, 'glorot');
    },
  },
  {
    id: 'vanishing-gradients',
    budget: 200,
    bad: nothing,
    good: async (page) => {
      for (let layer = 1; layer <= 6; layer++) await select(page, `Activation of layer ${layer}`, 'tanh');
    },
  },
  { id: 'softmax', budget: 100, bad: nothing, good: (page) => feature(page, 'x2').check() },
  { id: 'long-memory', budget: 10, bad: (page) => fill(page, 'Window length', '40'), good: nothing },
  { id: 'recurrent', budget: 12, bad: (page) => fill(page, 'Learning rate', '0.00001'), good: (page) => fill(page, 'Learning rate', '0.01') },
  { id: 'convolutions', budget: 6, bad: (page) => fill(page, 'Learning rate', '0.00001'), good: (page) => fill(page, 'Learning rate', '0.01') },
];

async function run(page: Page, lesson: LessonCase) {
  if (lesson.step) {
    const before = await readNumber(page, 'Epoch');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => readNumber(page, 'Epoch')).toBe(before + 1);
  } else {
    await trainButton(page).click();
    await expect(page.getByLabel('Epoch', { exact: true })).toHaveText(String(lesson.budget), { timeout: 90_000 });
  }
  await expect(trainButton(page)).toBeVisible();
}

async function ready(page: Page) {
  await expect(page.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(page.getByLabel('Test loss', { exact: true })).toHaveText(/^\d/);
  await expect(page.getByText('setting up…')).toHaveCount(0);
}

for (const lesson of CASES) {
  test(`lesson "${lesson.id}": the first check fails after a known-bad attempt and passes after a known-good one`, async ({ page }) => {
    await page.goto(`/?lesson=${lesson.id}`);
    await expect(card(page)).toContainText('step 1 of');
    await ready(page);
    await lesson.bad(page);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await ready(page);
    await run(page, lesson);
    await expect(nextStep(page)).toBeDisabled();
    await expect(card(page).getByRole('status')).toContainText('Not yet');

    await card(page).getByRole('button', { name: 'Start step again', exact: true }).click();
    await ready(page);
    await lesson.good(page);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await ready(page);
    if (lesson.step) await run(page, lesson);
    else await trainButton(page).click();
    await expect(nextStep(page)).toBeEnabled({ timeout: 90_000 });
    await expect(card(page).getByRole('status')).toContainText('Step complete');
  });
}
