import { expect, test, type Page } from '@playwright/test';
import { openPlayground, trainButton } from './helpers';

// Issue 12 (a new user's first minutes), the layout items: the phone, nothing jumping, a lesson
// beside the workspace, deep networks, quiet read-outs and the lesson list's numbers.

const lessonsDialog = (page: Page) => page.getByRole('dialog', { name: 'Lessons' });

test('the lesson list shows every number whole, 10 and 11 included', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const items = lessonsDialog(page).getByRole('listitem');
  await expect(items).toHaveCount(11);
  // A list marker is drawn outside its item; the list's own padding must hold it, or the list
  // (which scrolls, so clips) cuts its first digit off.
  const cut = await items.evaluateAll((lis) =>
    lis.flatMap((li, i) => {
      const style = getComputedStyle(li);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const markerLeft = li.getBoundingClientRect().left - context.measureText(`${i + 1}. `).width;
      let clip = li.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      const clipLeft = clip ? clip.getBoundingClientRect().left + clip.clientLeft : 0;
      return markerLeft < clipLeft - 0.5 ? [`${i + 1}. starts at ${markerLeft.toFixed(1)}, clipped at ${clipLeft.toFixed(1)}`] : [];
    }),
  );
  expect(cut).toEqual([]);
});
