import { expect, test } from '@playwright/test';
import { KOZLOV, openPerson } from '../support/navigation';
import { logIn } from '../support/session';

test('a case update with an imprecise date ("12.2011") is added in one click and shows on his timeline as December 2011', async ({
  page,
}) => {
  await logIn(page, 'coordinator');
  await openPerson(page, 'Kozlov', KOZLOV.displayName);

  // A title of this run only: the journey may run again on the same database.
  const title = `Solidarity picket outside the akimat (journey ${Date.now()})`;

  // One click from his page opens the form, focus in the date box.
  await page.getByRole('main').getByRole('button', { name: 'Add case update' }).first().click();
  const dialog = page.getByRole('dialog', { name: `New case update: ${KOZLOV.displayName}` });
  await expect(dialog).toBeVisible();
  const date = dialog.getByRole('textbox', { name: 'Date of the fact' });
  await expect(date).toBeFocused();

  // The date as it is known, to the month: the form says how it understood it before saving.
  await date.fill('12.2011');
  await expect(dialog.getByText('Understood as: December 2011 (month)')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Statement', exact: true }).click();
  await expect(dialog.getByRole('combobox', { name: 'Kind' })).toHaveValue('Statement');
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog
    .getByRole('textbox', { name: 'What happened' })
    .fill('Relatives and supporters held a picket calling for his release (journey test data).');
  await dialog.getByRole('button', { name: 'Add to the timeline' }).click();

  // Saved: the dialog closes, a notice confirms, and the timeline shows it at once (no reload).
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Update of December 2011 added to the timeline')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const entry = timeline.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('time')).toHaveText('December 2011');
  await expect(entry.locator('time')).toHaveAttribute('datetime', '2011-12-01');
  await expect(entry).toContainText('Statement');
  await expect(entry).toContainText('Added by Demo Coordinator');

  // Still there after a reload: it was saved, not only shown.
  await page.reload();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});
