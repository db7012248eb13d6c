import { type Browser, expect, type Page, test } from '@playwright/test';
import { KOZLOV, openCase } from '../support/navigation';
import { DEMO_USERS, logIn, type Role } from '../support/session';

async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, role);
  return page;
}

test('a coordinator assigns a staff member to the Kozlov case by searching part of the name; a researcher cannot', async ({
  browser,
}) => {
  const administrator = DEMO_USERS.admin.name;
  const researcher = DEMO_USERS.researcher.name;

  const coordinator = await signedIn(browser, 'coordinator');
  await openCase(coordinator, 'Kozlov', KOZLOV.caseTitle);
  const staff = coordinator.getByRole('region', { name: 'Assigned staff' });
  // The demo data assigns the researcher to this case.
  await expect(staff.getByText(researcher, { exact: true })).toBeVisible();
  await expect(staff.getByText(administrator, { exact: true })).toHaveCount(0);

  await staff.getByRole('button', { name: 'Change' }).click();
  const dialog = coordinator.getByRole('dialog', { name: 'Staff assigned to the case' });
  await expect(dialog).toBeVisible();
  const picker = dialog.getByRole('combobox', { name: 'Assign a staff member' });
  await picker.fill('admin');
  // Offered with the role that tells look-alikes apart; already assigned staff are not offered.
  const option = coordinator.getByRole('option', { name: new RegExp(`^${administrator}`) });
  await expect(option).toContainText('Administrator');
  await expect(coordinator.getByRole('option', { name: new RegExp(`^${researcher}`) })).toHaveCount(0);
  await option.click();
  const chosen = dialog.getByRole('list', { name: 'Assigned staff' });
  await expect(chosen.getByText(administrator, { exact: true })).toBeVisible();
  await expect(chosen.getByText(researcher, { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(dialog).toBeHidden();
  await expect(coordinator.getByText('Assignments saved')).toBeVisible();
  await expect(staff.getByText(administrator, { exact: true })).toBeVisible();
  await expect(staff.getByText(researcher, { exact: true })).toBeVisible();
  // Saved, not only shown.
  await coordinator.reload();
  await expect(staff.getByText(administrator, { exact: true })).toBeVisible();
  await coordinator.context().close();

  // The researcher sees who works on the case, but is offered no way to change it.
  const reader = await signedIn(browser, 'researcher');
  await openCase(reader, 'Kozlov', KOZLOV.caseTitle);
  const readerStaff = reader.getByRole('region', { name: 'Assigned staff' });
  await expect(readerStaff.getByText(administrator, { exact: true })).toBeVisible();
  await expect(readerStaff.getByText(researcher, { exact: true })).toBeVisible();
  await expect(readerStaff.getByRole('button')).toHaveCount(0);
  await expect(reader.getByRole('button', { name: 'Change' })).toHaveCount(0);
  await reader.context().close();
});
