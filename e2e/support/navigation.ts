import { expect, type Page } from '@playwright/test';

/** The side navigation ("Main navigation") link of a section, e.g. "Persons". */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });
}

/**
 * Opens a person's page from the persons list, searching by name (any script): the demo data's
 * ids change with every fresh database, so journeys find records by name, never by id.
 */
export async function openPerson(page: Page, search: string, displayName: string): Promise<void> {
  await page.goto(`/persons?q=${encodeURIComponent(search)}`);
  await page
    .getByRole('table', { name: 'Persons' })
    .getByRole('link', { name: displayName, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
}

/** Opens a case's page from the cases list, searching by its title. */
export async function openCase(page: Page, search: string, title: string): Promise<void> {
  await page.goto(`/cases?q=${encodeURIComponent(search)}`);
  await page.getByRole('table', { name: 'Cases' }).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Vladimir Kozlov as the demo data records him (apps/api/src/modules/demo-data/zhanaozen.data.ts). */
export const KOZLOV = {
  displayName: 'Vladimir Kozlov',
  cyrillic: 'Владимир Козлов',
  caseTitle: 'Kozlov, Sapargali and Aminov (Zhanaozen "incitement" trial)',
} as const;
