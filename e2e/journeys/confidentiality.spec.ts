import { type Browser, expect, type Page, test } from '@playwright/test';
import { openCase } from '../support/navigation';
import { logIn, type Role } from '../support/session';

/**
 * The anonymous witnesses of the demo data (zhanaozen.data.ts, source `witnesses-house-33`): a
 * restricted source, with identity restricted too, cited by a restricted update of the protesters'
 * case. Coordinators and administrators see it; a viewer must find no trace of it anywhere.
 */
const SOURCE = 'Anonymous witnesses, residents of house No. 33, third district, Zhanaozen';
const UPDATE = 'Residents of house No. 33 describe the shooting';
const TRACE = /house No\. 33|Anonymous witnesses/;
const CASE = 'Zhanaozen protesters (mass riots case)';
/** Public records on the same pages, proof that the page has loaded before checking an absence. */
const PUBLIC_SOURCE = 'Human Rights Watch on the Zhanaozen prosecutions';
const PUBLIC_UPDATE = 'Call for an amnesty';

async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, role);
  return page;
}

async function searchFor(page: Page, text: string): Promise<void> {
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
  await box.fill(text);
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Search: “${text}”` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Results for/ })).toBeVisible();
}

test('the restricted anonymous witnesses: a coordinator sees them, a viewer finds no trace of them', async ({
  browser,
}) => {
  // The coordinator: in the sources list, on its own page, and on the case's timeline.
  const coordinator = await signedIn(browser, 'coordinator');
  await coordinator.goto('/sources');
  const sources = coordinator.getByRole('table', { name: 'Sources' });
  const row = sources.getByRole('row').filter({ has: coordinator.getByRole('link', { name: SOURCE }) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Restricted' })).toBeVisible();
  await row.getByRole('link', { name: SOURCE }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: SOURCE })).toBeVisible();
  const sourceUrl = new URL(coordinator.url()).pathname;
  expect(sourceUrl).toMatch(/^\/sources\/[0-9a-f-]{36}$/);

  await openCase(coordinator, 'protesters', CASE);
  const timeline = coordinator.getByRole('list', { name: 'Timeline' });
  const update = timeline
    .getByRole('listitem')
    .filter({ has: coordinator.getByRole('heading', { name: UPDATE }) });
  await expect(update).toBeVisible();
  await expect(update).toContainText(SOURCE);

  await searchFor(coordinator, 'house No. 33');
  await expect(coordinator.getByRole('main').getByRole('link', { name: UPDATE })).toBeVisible();
  await coordinator.context().close();

  // The viewer, in a session of their own.
  const viewer = await signedIn(browser, 'viewer');
  await viewer.goto('/sources');
  const viewerSources = viewer.getByRole('table', { name: 'Sources' });
  await expect(viewerSources.getByRole('link', { name: PUBLIC_SOURCE })).toBeVisible();
  await expect(viewer.getByRole('main')).not.toContainText(TRACE);
  // Not even as the one interview when the list is narrowed to interviews.
  await viewer.getByRole('combobox', { name: 'Kind' }).click();
  await viewer.getByRole('option', { name: 'Interview', exact: true }).click();
  await expect(viewer.getByText('No sources match')).toBeVisible();
  await expect(viewer.getByRole('main')).not.toContainText(TRACE);

  // Its address, known to a coordinator, does not open it.
  await viewer.goto(sourceUrl);
  await expect(viewer.getByRole('heading', { level: 1, name: 'Source not found' })).toBeVisible();
  await expect(viewer.getByRole('main')).not.toContainText(TRACE);

  // The case page: the rest of the timeline, without the restricted update or its source.
  await openCase(viewer, 'protesters', CASE);
  const viewerTimeline = viewer.getByRole('list', { name: 'Timeline' });
  await expect(viewerTimeline.getByRole('heading', { name: PUBLIC_UPDATE })).toBeVisible();
  await expect(viewer.getByRole('main')).not.toContainText(TRACE);

  // The search does not betray it either.
  await searchFor(viewer, 'house No. 33');
  await expect(viewer.getByText('Nothing found for “house No. 33”')).toBeVisible();
  await expect(viewer.getByRole('main').getByRole('link', { name: UPDATE })).toHaveCount(0);
  await viewer.context().close();
});
