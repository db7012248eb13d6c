import type { Role } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { auditDetail, auditEntry, ORG_ID } from './testing';

afterEach(resetAppState);

function entryApi(role: Role = 'coordinator', revert?: (version: number) => Response) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/audit-entries/:id': ({ params }) =>
      jsonResponse(
        params.id === '43'
          ? auditDetail({ id: '43', action: 'revert', revertible: false, changes: [] })
          : auditDetail(),
      ),
    'POST /api/audit-entries/:id/revert': ({ body }) =>
      revert
        ? revert((body as { version: number }).version)
        : jsonResponse(auditDetail({ id: '43', action: 'revert', revertible: false })),
  });
}

function cellsOf(field: string): string[] {
  const header = screen.getByRole('rowheader', { name: new RegExp(field) });
  const row = header.closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('AuditEntryPage', () => {
  it('shows who changed what, and the difference field by field', async () => {
    entryApi('researcher');
    renderApp('/audit/42');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Changed · Organisation' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/By dana@example.org/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Each changed field with its value before and after' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Field', 'Before', 'After']);
    expect(cellsOf('Name')).toEqual(['Zhanaozen city court', 'Aktau city court']);
    expect(cellsOf('Region')).toEqual(['Mangystau', 'empty']);
    // An imprecise date reads as words; an unknown field keeps its own name.
    expect(cellsOf('foundedOn')).toEqual(['empty', 'December 2011']);
    // Bookkeeping fields come last.
    const fields = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(fields.at(-1)).toMatch(/^Version/);
    expect(screen.getByRole('link', { name: 'Open the record' })).toHaveAttribute(
      'href',
      `/organisations/${ORG_ID}`,
    );
    // A researcher may read the trail but not revert.
    expect(screen.queryByRole('button', { name: 'Revert this change' })).not.toBeInTheDocument();
  });

  it('reverts after confirmation, naming the version the change left, then shows the new entry', async () => {
    const api = entryApi('coordinator');
    const { router } = renderApp('/audit/42');
    await userEvent.click(await screen.findByRole('button', { name: 'Revert this change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert this change?' });
    expect(
      within(dialog).getByText('These fields get their previous values back: Name, Region, foundedOn.'),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revert this change' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/audit/43'));
    expect(api.callsTo('POST', '/api/audit-entries/42/revert')[0]?.body).toEqual({ version: 2 });
    expect(await screen.findByText('Change reverted')).toBeInTheDocument();
  });

  it('explains a 409 (the record changed since) and can revert on the current version', async () => {
    const api = entryApi('coordinator', (version) =>
      version === 2
        ? apiError(409, 'VERSION_CONFLICT', 'changed meanwhile', {
            current: { id: ORG_ID, name: 'Aktau city court', notes: 'checked', version: 3 },
          })
        : jsonResponse(auditDetail({ id: '43', action: 'revert', revertible: false })),
    );
    const { router } = renderApp('/audit/42');
    await userEvent.click(await screen.findByRole('button', { name: 'Revert this change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert this change?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revert this change' }));

    expect(await within(dialog).findByText('The record has changed since')).toBeInTheDocument();
    expect(within(dialog).getByText(/Someone changed this record after this entry/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revert on the current version' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/audit/43'));
    expect(api.callsTo('POST', '/api/audit-entries/42/revert').map((c) => c.body)).toEqual([
      { version: 2 },
      { version: 3 },
    ]);
  });

  it('tells a viewer the trail is not for their role', async () => {
    entryApi('viewer');
    renderApp('/audit/42');
    expect(await screen.findByText(/Your role does not allow this/)).toBeInTheDocument();
  });
});

describe('AuditListPage', () => {
  it('lists entries newest first with filters in the URL, and narrows to one record', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/audit-entries': () =>
        jsonResponse({
          items: [auditEntry(), auditEntry({ id: '41', action: 'create' })],
          total: 2,
          page: 1,
          pageSize: 25,
        }),
    });
    const { router } = renderApp('/audit?action=update&from=2026-11-01');
    // The loading skeleton has the same caption: wait for the rows.
    await screen.findAllByRole('link', { name: /2026/ });
    const table = screen.getByRole('table', { name: 'Audit trail' });
    expect(within(table).getAllByRole('link', { name: /2026/ })).toHaveLength(2);
    expect(within(table).getAllByRole('link', { name: /2026/ })[0]).toHaveAttribute('href', '/audit/42');
    expect(within(table).getAllByText('Name, Region')).toHaveLength(2);
    const last = api.callsTo('GET', '/api/audit-entries').at(-1);
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toEqual({
      page: '1',
      pageSize: '25',
      action: 'update',
      from: '2026-11-01',
    });
    await userEvent.click(
      within(table).getAllByRole('button', { name: 'History of this record' })[0] as HTMLElement,
    );
    await waitFor(() => expect(currentUrl(router)).toContain(`entityId=${ORG_ID}`));
    expect(await screen.findByText('History of one record (Organisation)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only my changes' }));
    await waitFor(() => expect(currentUrl(router)).toContain('actorId='));
  });
});
