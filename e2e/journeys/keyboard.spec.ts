import { expect, test } from '@playwright/test';
import { expectVisibleFocus, tabTo } from '../support/keyboard';
import { KOZLOV } from '../support/navigation';
import { DEMO_PASSWORD, DEMO_USERS, loginForm } from '../support/session';

test('keyboard only: sign in, open the persons list, find Kozlov, read his sentence, add-update dialog and back', async ({
  page,
}) => {
  // Sign in: the email box has the focus on arrival, Tab goes to the password, Enter signs in.
  await page.goto('/login');
  const form = loginForm(page);
  await expect(form.email).toBeFocused();
  await page.keyboard.type(DEMO_USERS.coordinator.email);
  await page.keyboard.press('Tab');
  await expect(form.password).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // The first Tab reaches the skip link; it moves the focus to the main content.
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await tabTo(page, skip, { max: 3 });
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The side navigation: back up to "Persons" (Shift+Tab from the main content), Enter.
  const persons = page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Persons' });
  await tabTo(page, persons, { back: true, max: 15 });
  await expectVisibleFocus(persons);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Persons' })).toBeVisible();

  // The list's search: type, Enter; then Tab to his name in the results and open it.
  const search = page.getByRole('searchbox', { name: 'Search persons' });
  await tabTo(page, search);
  await page.keyboard.type('Kozlov');
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Persons' });
  await expect(table.getByRole('row')).toHaveCount(2);
  const link = table.getByRole('link', { name: KOZLOV.displayName });
  await tabTo(page, link);
  await expectVisibleFocus(link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: KOZLOV.displayName })).toBeVisible();

  // The tabs of his file: Tab reaches the selected one, arrow keys move between them.
  const overview = page.getByRole('tab', { name: 'Overview' });
  await tabTo(page, overview);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const sentencesTab = page.getByRole('tab', { name: /^Sentences/ });
  await expect(sentencesTab).toBeFocused();
  await expect(sentencesTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').getByRole('cell', { name: '7 years 6 months' })).toBeVisible();

  // The add-update dialog opens from the keyboard, keeps the focus inside, and Escape returns it.
  const add = page.getByRole('main').getByRole('button', { name: 'Add case update' }).first();
  await tabTo(page, add, { back: true, max: 20 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `New case update: ${KOZLOV.displayName}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Date of the fact' })).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(
      await dialog.evaluate((el) => el.contains(document.activeElement)),
      'focus stays in the dialog',
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
});
