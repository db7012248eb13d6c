import { expect, test } from '@playwright/test';
import { expectLegible } from '../support/legibility';
import { KOZLOV, openPerson } from '../support/navigation';
import { logIn } from '../support/session';

test.beforeEach(async ({ page }) => {
  await logIn(page, 'coordinator');
});

test('the header search finds Vladimir Kozlov by his Cyrillic name', async ({ page }) => {
  const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
  await search.fill('Козлов');
  await search.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search: “Козлов”');
  const results = page.getByRole('region', { name: /^Results/ });
  // The person comes first: his record matched in Cyrillic though his display name is in Latin.
  const first = results.getByRole('listitem').first();
  await expect(first).toContainText('Person');
  await first.getByRole('link', { name: KOZLOV.displayName, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: KOZLOV.displayName })).toBeVisible();
});

test('the persons list search finds him, and his page shows both scripts, his status and his sentence', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Persons' })
    .click();
  await page.getByRole('searchbox', { name: 'Search persons' }).fill('Козлов');
  await expect(page).toHaveURL(/[?&]q=/);
  const table = page.getByRole('table', { name: 'Persons' });
  // Only he matches: one row of data below the header row.
  await expect(table.getByRole('row')).toHaveCount(2);
  const row = table.getByRole('row', { name: new RegExp(KOZLOV.displayName) });
  await expect(row).toContainText(KOZLOV.cyrillic);
  await expect(row).toContainText('Imprisoned');
  await row.getByRole('link', { name: KOZLOV.displayName }).click();

  // Names in both scripts.
  await expect(page.getByRole('heading', { level: 1, name: KOZLOV.displayName })).toBeVisible();
  const names = page.getByRole('region', { name: 'Names in all scripts' });
  await expect(names.getByRole('term').filter({ hasText: 'Latin' })).toBeVisible();
  await expect(names.getByRole('definition').filter({ hasText: KOZLOV.displayName })).toBeVisible();
  await expect(names.getByRole('term').filter({ hasText: 'Cyrillic (Russian)' })).toBeVisible();
  await expect(names.getByRole('definition').filter({ hasText: KOZLOV.cyrillic })).toBeVisible();

  // His status today and what it rests on (the penal colony since December 2012).
  const status = page.getByRole('region', { name: 'Current status' });
  await expect(status).toContainText('Imprisoned');
  await expect(status).toContainText('Prison colony, since December 2012');

  // His sentence: 7 years 6 months from February 2012, so expected release August 2019.
  await page.getByRole('tab', { name: /^Sentences/ }).click();
  await expect(page).toHaveURL(/[?&]tab=sentences/);
  const sentences = page.getByRole('region', { name: 'Sentences' }).getByRole('table');
  const sentence = sentences.getByRole('row', { name: /^Imprisonment/ });
  await expect(sentence.getByRole('cell', { name: '7 years 6 months' })).toBeVisible();
  await expect(sentence.getByRole('cell', { name: 'February 2012' })).toBeVisible();
  const expected = await columnIndex(sentences, 'Expected release');
  await expect(sentence.getByRole('cell').nth(expected - 1)).toContainText('August 2019');
});

// Light badges with a shaded colour were unreadable (1:1) until the theme's variantColorResolver.
test('his status can be read: "Imprisoned", legible, under his name and in the status card', async ({
  page,
}) => {
  await openPerson(page, 'Kozlov', KOZLOV.displayName);
  const underName = page.getByRole('main').getByText('Imprisoned', { exact: true }).first();
  await expect(underName).toBeVisible();
  await expectLegible(underName);
  const inCard = page
    .getByRole('region', { name: 'Current status' })
    .getByText('Imprisoned', { exact: true });
  await expectLegible(inCard);
});

/** The 0-based index of a column header in a table (row headers count as columns too). */
async function columnIndex(table: import('@playwright/test').Locator, name: string): Promise<number> {
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === name);
  expect(index, `column "${name}" in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return index;
}
