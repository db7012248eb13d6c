import { expect, type Page } from '@playwright/test';

/** The password scripts/e2e-server.mjs gives every demo account (HABEAS_DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'journeys-demo-password';

export type Role = 'admin' | 'coordinator' | 'researcher' | 'viewer';

/** The demo accounts (apps/api/src/bootstrap/accounts.ts, DEMO_ACCOUNTS). */
export const DEMO_USERS: Record<Role, { email: string; name: string }> = {
  admin: { email: 'admin@habeas.local', name: 'Demo Administrator' },
  coordinator: { email: 'coordinator@habeas.local', name: 'Demo Coordinator' },
  researcher: { email: 'researcher@habeas.local', name: 'Demo Researcher' },
  viewer: { email: 'viewer@habeas.local', name: 'Demo Viewer' },
};

/** The login form's fields and button, by their accessible names. */
export function loginForm(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Sign in', level: 1 }),
    email: page.getByRole('textbox', { name: 'Email' }),
    // Not getByLabel('Password'): the "Show or hide the password" toggle would match too.
    password: page.getByRole('textbox', { name: 'Password', exact: true }),
    submit: page.getByRole('button', { name: 'Sign in' }),
  };
}

/** The header's button that opens the signed-in user's menu ("User menu: Demo Coordinator"). */
export function userMenuButton(page: Page, role: Role) {
  return page.getByRole('banner').getByRole('button', { name: `User menu: ${DEMO_USERS[role].name}` });
}

/**
 * Signs in through the login page as a demo account (a fresh session every time) and waits for
 * the app shell. `next` is where to go after signing in (the login page's ?next=).
 */
export async function logIn(page: Page, role: Role, next = '/'): Promise<void> {
  await page.goto(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
  const form = loginForm(page);
  await form.email.fill(DEMO_USERS[role].email);
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  await expect(userMenuButton(page, role)).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs out through the user menu and waits for the login page. */
export async function logOut(page: Page, role: Role): Promise<void> {
  await userMenuButton(page, role).click();
  await page.getByRole('menuitem', { name: 'Log out', exact: true }).click();
  await expect(loginForm(page).heading).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
}
