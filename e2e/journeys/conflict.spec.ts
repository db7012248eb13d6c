import { expect, type Page, test } from '@playwright/test';
import { logIn } from '../support/session';

const ORGANISATION = 'Golos respubliki';

async function openEditForm(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: `Edit: ${ORGANISATION}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toBeEditable();
}

test('two tabs edit one organisation: the second save shows the conflict, and re-applying saves', async ({
  page: first,
  context,
}) => {
  const stamp = Date.now();
  const theirNotes = `First tab: closure order appealed (journey ${stamp}).`;
  const myNotes = `Second tab: newspaper closed by court order (journey ${stamp}).`;
  const myRegion = `Almaty (journey ${stamp})`;

  await logIn(first, 'coordinator');
  await first.goto(`/organisations?q=${encodeURIComponent(ORGANISATION)}`);
  await first.getByRole('table', { name: 'Organisations' }).getByRole('link', { name: ORGANISATION }).click();
  await expect(first.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  await first.getByRole('main').getByRole('link', { name: 'Edit' }).click();
  await openEditForm(first);

  // The same form in a second tab of the same session, opened before the first one saves.
  const second = await context.newPage();
  await second.goto(first.url());
  await openEditForm(second);

  // The first tab saves.
  await first.getByRole('textbox', { name: 'Notes' }).fill(theirNotes);
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  await expect(first.getByRole('region', { name: 'Notes' })).toContainText(theirNotes);

  // The second tab, still on the version it read, changes the notes too and the region, and saves.
  await second.bringToFront();
  await second.getByRole('textbox', { name: 'Notes' }).fill(myNotes);
  await second.getByRole('textbox', { name: 'Region' }).fill(myRegion);
  await second.getByRole('button', { name: 'Save' }).click();

  // Nothing is overwritten silently: their version beside mine.
  const dialog = second.getByRole('dialog', { name: 'Someone else changed this record' });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table', { name: 'Their version beside your changes' });
  const notesRow = table.getByRole('row').filter({ has: second.getByRole('rowheader', { name: /^Notes/ }) });
  await expect(notesRow.getByRole('cell').nth(0)).toContainText(theirNotes);
  await expect(notesRow.getByRole('cell').nth(0)).toContainText('Changed since you opened it');
  await expect(notesRow.getByRole('cell').nth(1)).toContainText(myNotes);
  await expect(notesRow.getByRole('rowheader')).toContainText('changed by both');
  const regionRow = table
    .getByRole('row')
    .filter({ has: second.getByRole('rowheader', { name: /^Region/ }) });
  await expect(regionRow.getByRole('cell').nth(1)).toContainText(myRegion);

  // Re-apply my changes on top of their version: saved.
  await dialog.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  await expect(second.getByRole('region', { name: 'Notes' })).toContainText(myNotes);
  const details = second.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('row', { name: /^Region/ })).toContainText(myRegion);

  // The first tab, reloaded, sees the merged record too.
  await first.reload();
  await expect(first.getByRole('region', { name: 'Notes' })).toContainText(myNotes);
  await expect(
    first.getByRole('region', { name: 'Details' }).getByRole('row', { name: /^Region/ }),
  ).toContainText(myRegion);
});
