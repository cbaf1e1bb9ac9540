import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.0 and 2.1, levels A and AA: what a school's accessibility policy usually asks for. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per failing element, so a failure names the rule, the fix and where to look. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, '\n      ')}` : ''}`);
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets.join('\n')}`;
    })
    .join('\n');
}

/**
 * Scans the page as it is now (or only `within`, a CSS selector such as a dialog) and fails with a
 * readable list of every WCAG A/AA violation. `what` names the state scanned, for the message.
 */
export async function expectNoAxeViolations(page: Page, what: string, options: { within?: string } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.within) builder = builder.include(options.within);
  const { violations } = await builder.analyze();
  // Rule ids in the comparison keep the diff short; the message carries the detail.
  expect(violations.map((violation) => violation.id), `Accessibility violations in ${what}:\n${describeViolations(violations)}`).toEqual([]);
}
