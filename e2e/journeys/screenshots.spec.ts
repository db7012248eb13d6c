import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { MAIN_PAGES, openMainPage } from '../support/main-pages';
import { logIn } from '../support/session';

/**
 * Full-page screenshots of the main pages as an administrator sees them (every page, the users
 * page included), saved to e2e/artifacts/screenshots/<page>.png (git-ignored) and attached to the
 * HTML report: for looking at the UI, not compared with anything.
 */
const DIR = path.join(__dirname, '..', 'artifacts', 'screenshots');

test.beforeAll(async () => {
  await mkdir(DIR, { recursive: true });
});

test('screenshots of the main pages', async ({ page }, testInfo) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const shoot = async (id: string) => {
    const file = path.join(DIR, `${id}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
    await testInfo.attach(id, { path: file, contentType: 'image/png' });
  };
  await shoot('login');

  await logIn(page, 'admin');
  for (const main of MAIN_PAGES) {
    await test.step(main.name, async () => {
      await openMainPage(page, main);
      await shoot(main.id);
    });
  }
});
