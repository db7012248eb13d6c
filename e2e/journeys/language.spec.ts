import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, logIn } from '../support/session';

// The researcher: no other journey uses this account, and the language chosen is saved on the
// account (PATCH /api/auth/me), so a journey that stopped half-way in Russian could not affect others.
const ROLE = 'researcher';

/** Clicks a language of the header's EN / RU / KK switch (its radio inputs are hidden; their labels show). */
async function switchTo(page: Page, endonym: 'English' | 'Русский') {
  const group = page.getByRole('banner').getByRole('radiogroup', { name: /^(Language|Язык)$/ });
  await group.locator('label').filter({ hasText: endonym }).click();
  await expect(group.getByRole('radio', { name: endonym })).toBeChecked();
}

test.afterEach(async ({ request }) => {
  // Whatever happened above, the account goes back to English for the next run.
  const login = await request.post('/api/auth/login', {
    data: { email: DEMO_USERS[ROLE].email, password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const { csrfToken } = await login.json();
  const reset = await request.patch('/api/auth/me', {
    data: { locale: 'en' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(reset.ok()).toBe(true);
  await request.post('/api/auth/logout', { headers: { 'x-csrf-token': csrfToken } });
});

test('the interface switches to Russian: navigation, page texts and dates, and back to English', async ({
  page,
}) => {
  await logIn(page, ROLE, '/persons');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Persons', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await switchTo(page, 'Русский');

  // The whole shell is in Russian, and <html lang> follows (screen readers pronounce it right).
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const navRu = page.getByRole('navigation', { name: 'Основная навигация' });
  for (const label of [
    'Сводка',
    'Люди',
    'Дела',
    'События',
    'Источники',
    'Организации',
    'Жалобы и сроки',
    'Отчёты',
  ]) {
    await expect(navRu.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Поиск' })).toBeVisible();
  await expect(
    page.getByRole('banner').getByRole('button', { name: `Меню пользователя: ${DEMO_USERS[ROLE].name}` }),
  ).toBeVisible();

  // The page itself: headings, column headers, status words, and imprecise dates in Russian.
  await expect(page.getByRole('heading', { level: 1, name: 'Люди' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Люди' });
  await expect(table.getByRole('columnheader', { name: 'Задержан' })).toBeVisible();
  const protester = table.getByRole('row', { name: /^Demo Protester A / });
  await expect(protester.getByRole('cell', { name: 'декабрь 2011' })).toBeVisible();
  await expect(protester.getByRole('cell', { name: 'В заключении' })).toBeVisible();

  // Remembered on this device: still Russian after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Люди' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  // And back.
  await switchTo(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(nav.getByRole('link', { name: 'Persons', exact: true })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Persons' })
      .getByRole('row', { name: /^Demo Protester A / })
      .getByRole('cell', {
        name: 'December 2011',
      }),
  ).toBeVisible();
});
