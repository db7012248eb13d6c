import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.1 A and AA, what the project promises (docs: accessibility). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The impacts that fail a journey; 'minor' and 'moderate' ones are printed, not failed. */
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeFindings {
  blocking: Result[];
  other: Result[];
}

/** One line per violation and element: rule, impact, selector, and axe's summary of what is wrong. */
export function describeViolations(results: readonly Result[]): string {
  return results
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `  [${v.impact}] ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
      ),
    )
    .join('\n');
}

/**
 * Runs axe on the page as it is now (the page must come from browser.newContext(), see
 * ENVIRONMENT.md), prints the non-blocking violations and attaches the whole result to the report.
 */
export async function scan(page: Page, testInfo: TestInfo, label: string): Promise<AxeFindings> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const other = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (other.length > 0) {
    console.log(
      `axe on ${label}: ${other.length} minor/moderate violation(s), not failing:\n${describeViolations(other)}`,
    );
  }
  await testInfo.attach(`axe-${label}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  return { blocking, other };
}
