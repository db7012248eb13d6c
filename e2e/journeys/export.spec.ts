import { expect, type Locator, type Page, test } from '@playwright/test';
import { readCsvDownload } from '../support/csv';
import { KOZLOV } from '../support/navigation';
import { logIn } from '../support/session';

/** Chooses "CSV (UTF-8)" in an open Export menu and returns the file the browser downloads. */
async function exportCsv(page: Page, menuButton: Locator) {
  await menuButton.click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('menu')
    .getByRole('menuitem', { name: /^CSV \(UTF-8\)/ })
    .click();
  const csv = await readCsvDownload(await downloading);
  await expect(page.getByText('Export downloaded')).toBeVisible();
  return csv;
}

/** Every person the demo data has besides Kozlov: none may be in a file filtered down to him. */
const OTHERS = [
  'Serik Sapargali',
  'Akzhanat Aminov',
  'Demo Protester A',
  'Aleksandra Zernova',
  'Adil Zhumalyuly',
];

test.beforeEach(async ({ page }) => {
  await logIn(page, 'coordinator');
});

test('the persons list, searched for "Kozlov", exports just him as CSV', async ({ page }) => {
  await page.goto('/persons');
  await page.getByRole('searchbox', { name: 'Search persons' }).fill('Kozlov');
  const table = page.getByRole('table', { name: 'Persons' });
  await expect(table.getByRole('row')).toHaveCount(2);

  const csv = await exportCsv(page, page.getByRole('main').getByRole('button', { name: 'Export' }));

  expect(csv.fileName).toMatch(/\.csv$/);
  expect(csv.header).toContain('Name');
  expect(csv.rows).toHaveLength(1);
  expect(csv.text).toContain(KOZLOV.displayName);
  expect(csv.text).toContain(KOZLOV.cyrillic);
  for (const other of OTHERS) expect(csv.text).not.toContain(other);
});

test('the Reports page exports the persons charged with "calls to overthrow" as CSV: only Kozlov', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Reports' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  // Article 170 (calls to overthrow) is charged to Kozlov alone in the demo data.
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByRole('combobox', { name: 'Provision category' }).click();
  await page.getByRole('option', { name: 'Calls to overthrow' }).click();
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]category=calls_to_overthrow/);
  // ("1 people counted": the summary has no singular yet, see reports.summary in en.json.)
  await expect(page.getByText(/^1 (person|people) counted\./)).toBeVisible();

  const csv = await exportCsv(page, page.getByRole('button', { name: 'Export Persons' }));

  expect(csv.fileName).toMatch(/^habeas-persons-.*\.csv$/);
  // A header row of column names, then one row: Kozlov, in both scripts.
  expect(csv.header.slice(0, 3)).toEqual(['Name', 'Name (Latin)', 'Name (Cyrillic)']);
  expect(csv.header).toContain('Expected release');
  expect(csv.rows).toHaveLength(1);
  const kozlov = csv.rows[0] ?? [];
  const column = (name: string) => kozlov[csv.header.indexOf(name)];
  expect(column('Name')).toBe(KOZLOV.displayName);
  expect(column('Name (Cyrillic)')).toBe(KOZLOV.cyrillic);
  expect(column('Expected release')).toBe('August 2019');
  for (const other of OTHERS) expect(csv.text).not.toContain(other);
});
