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
 * Text in exactly its background's colour (contrast 1:1): axe files it under "incomplete" (it could
 * be hidden on purpose) rather than as a violation. Nothing on these pages hides text that way, so
 * it is unreadable text, the worst colour-contrast failure: counted as a serious violation.
 */
function invisibleText(incomplete: readonly Result[]): Result[] {
  return incomplete.flatMap((v) => {
    if (v.id !== 'color-contrast') return [];
    const nodes = v.nodes.filter((n) =>
      n.any.some((check) => (check.data as { messageKey?: string } | null)?.messageKey === 'equalRatio'),
    );
    return nodes.length > 0
      ? [{ ...v, impact: 'serious' as const, help: `${v.help} (text as dark as its background, 1:1)`, nodes }]
      : [];
  });
}

/** "serious color-contrast at div > span": one short line per element, for a readable assertion. */
export function summarise(results: readonly Result[]): string[] {
  return results.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} at ${n.target.join(' ')}`));
}

/**
 * Runs axe on the page as it is now (the page must come from browser.newContext(), see
 * ENVIRONMENT.md), prints the non-blocking violations and attaches the whole result to the report.
 */
export async function scan(page: Page, testInfo: TestInfo, label: string): Promise<AxeFindings> {
  // Legacy mode runs axe inside the page, without the extra blank page the default mode opens to
  // gather frame results: about twice as fast, and the app has no cross-origin frames.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const blocking = [
    ...results.violations.filter((v) => BLOCKING.has(v.impact ?? '')),
    ...invisibleText(results.incomplete),
  ];
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
