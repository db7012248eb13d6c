import { expect, test } from '@playwright/test';
import { readCsvDownload } from '../support/csv';
import { KOZLOV } from '../support/navigation';
import { logIn } from '../support/session';

/** Tried with Kozlov, sentenced to probation (4 years) and released: below a 7-year threshold. */
const SAPARGALI = 'Serik Sapargali';

test('"Sentence at least 7 years" and "Has a pending appeal" keep Kozlov, drop Sapargali, survive a reload and shape the CSV', async ({
  page,
}) => {
  await logIn(page, 'coordinator');
  await page.goto('/persons');
  const table = page.getByRole('table', { name: 'Persons' });
  const kozlov = table.getByRole('link', { name: KOZLOV.displayName, exact: true });
  const sapargali = table.getByRole('link', { name: SAPARGALI, exact: true });
  // Unfiltered, both are listed.
  await expect(kozlov).toBeVisible();
  await expect(sapargali).toBeVisible();

  // Typed in years, kept in the URL in months (7 years = 84 months), applied on Enter.
  const more = page.getByRole('button', { name: /^More filters/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const sentenceMin = page.getByRole('textbox', { name: 'Sentence at least (years)' });
  await sentenceMin.fill('7');
  await sentenceMin.press('Enter');
  await expect(page).toHaveURL(/[?&]sentenceMinMonths=84(&|$)/);
  await expect(sapargali).toHaveCount(0);
  await expect(kozlov).toBeVisible();
  await expect(page.getByRole('button', { name: 'More filters (1 on)' })).toBeVisible();

  // A reload (or a shared link) keeps the filter, the box shows it in years, the panel is open.
  await page.reload();
  await expect(page).toHaveURL(/[?&]sentenceMinMonths=84(&|$)/);
  await expect(page.getByRole('textbox', { name: 'Sentence at least (years)' })).toHaveValue('7');
  await expect(kozlov).toBeVisible();
  await expect(sapargali).toHaveCount(0);

  // His communication to the UN WGAD is planned: an open appeal.
  await page.getByRole('combobox', { name: 'Pending appeal' }).click();
  await page.getByRole('option', { name: 'Has a pending appeal', exact: true }).click();
  await expect(page).toHaveURL(/[?&]hasPendingAppeal=true(&|$)/);
  await expect(page).toHaveURL(/[?&]sentenceMinMonths=84(&|$)/);
  await expect(page.getByRole('button', { name: 'More filters (2 on)' })).toBeVisible();
  await expect(kozlov).toBeVisible();
  await expect(sapargali).toHaveCount(0);

  // The export takes the same filters: Kozlov in the file, Sapargali not.
  await page.getByRole('main').getByRole('button', { name: 'Export' }).click();
  const menu = page.getByRole('menu');
  const csvItem = menu.getByRole('menuitem', { name: /^CSV \(UTF-8\)/ });
  await expect(csvItem).toBeVisible();
  // Both filters are understood by the export (none is named as "not applied").
  await expect(menu.getByText(/^Not applied to the export/)).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await csvItem.click();
  const csv = await readCsvDownload(await downloading);
  await expect(page.getByText('Export downloaded')).toBeVisible();

  expect(csv.fileName).toMatch(/\.csv$/);
  expect(csv.header).toContain('Name');
  const names = csv.rows.map((row) => row[csv.header.indexOf('Name')]);
  expect(names).toContain(KOZLOV.displayName);
  expect(csv.text).toContain(KOZLOV.cyrillic);
  expect(csv.text).not.toContain(SAPARGALI);
  expect(csv.text).not.toContain('Сапаргали');
});
