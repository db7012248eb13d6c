import { expect, test } from '@playwright/test';
import { DEMO_USERS, loginForm, logOut, userMenuButton } from '../support/session';

test('a coordinator signs in with the demo password (a wrong password is refused) and logs out', async ({
  page,
}) => {
  // Any page of the app sends a visitor without a session to the login page, remembering where to go.
  await page.goto('/persons');
  await expect(page).toHaveURL(/\/login\?next=%2Fpersons$/);
  const form = loginForm(page);
  await expect(form.heading).toBeVisible();

  // A wrong password: an error, the password is cleared, and no session. (One failed attempt only:
  // ten in 15 minutes lock the account, which every other journey also uses.)
  await form.email.fill(DEMO_USERS.coordinator.email);
  await form.password.fill('not-the-demo-password');
  await form.submit.click();
  await expect(page.getByRole('main').getByText('The email or password is wrong.')).toBeVisible();
  await expect(form.password).toHaveValue('');
  await expect(form.password).toBeFocused();
  await expect(page).toHaveURL(/\/login/);

  // The demo password: back to the page asked for, signed in as the coordinator.
  await form.password.fill('journeys-demo-password');
  await form.submit.click();
  await expect(page).toHaveURL(/\/persons$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Persons' })).toBeVisible();
  await expect(userMenuButton(page, 'coordinator')).toBeVisible();

  // The user menu says who is signed in and with which role.
  await userMenuButton(page, 'coordinator').click();
  const menu = page.getByRole('menu');
  await expect(menu).toContainText(DEMO_USERS.coordinator.email);
  await expect(menu).toContainText('Role: Coordinator');
  await page.keyboard.press('Escape');

  await logOut(page, 'coordinator');

  // Signed out means signed out: the app's pages send back to the login page.
  await page.goto('/persons');
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(loginForm(page).heading).toBeVisible();
});
