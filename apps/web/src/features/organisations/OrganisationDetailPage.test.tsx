import type { Role } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { ORG_ID, organisation, PARENT_ID, page } from './testing';

afterEach(resetAppState);

function detailApi(role: Role, record = organisation()) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/organisations/:id': () => jsonResponse(record),
    'GET /api/organisations': () => jsonResponse(page([])),
    'DELETE /api/organisations/:id': () => new Response(null, { status: 204 }),
    'POST /api/organisations/:id/restore': () =>
      jsonResponse({ ...record, deletedAt: null, version: record.version + 1 }),
  });
}

describe('OrganisationDetailPage', () => {
  it('shows the names in every script, the details and the confidentiality', async () => {
    detailApi('viewer', organisation({ parent: { id: PARENT_ID, name: 'Supreme Court of Kazakhstan' } }));
    renderApp(`/organisations/${ORG_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zhanaozen City Court' }),
    ).toBeInTheDocument();
    const names = screen.getByRole('region', { name: 'Names in all scripts' });
    expect(within(names).getByRole('cell', { name: 'Жанаозенский городской суд' })).toBeInTheDocument();
    expect(within(names).getByRole('cell', { name: 'Cyrillic (Russian)' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'Supreme Court of Kazakhstan' })).toHaveAttribute(
      'href',
      `/organisations/${PARENT_ID}`,
    );
    expect(within(details).getByText('Kazakhstan (KZ)')).toBeInTheDocument();
    expect(
      within(details).getByText('Every user of this system sees it; not for publication'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Heard the 2012 riot cases.');
  });

  it.each<[Role, string[]]>([
    ['viewer', []],
    ['researcher', ['Edit', 'Delete']],
    ['coordinator', ['Edit', 'Delete']],
  ])('shows a %s only the actions the role allows: %j', async (role, actions) => {
    detailApi(role);
    renderApp(`/organisations/${ORG_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Zhanaozen City Court' });
    for (const name of ['Edit', 'Delete', 'Restore']) {
      const shown = screen.queryByRole(name === 'Edit' ? 'link' : 'button', { name });
      if (actions.includes(name)) expect(shown).toBeInTheDocument();
      else expect(shown).not.toBeInTheDocument();
    }
  });

  it('deletes after confirmation, naming the version read, then returns to the list', async () => {
    const api = detailApi('coordinator');
    const { router } = renderApp(`/organisations/${ORG_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this organisation?' });
    expect(dialog).toHaveTextContent('Nothing is erased');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/organisations'));
    expect(await screen.findByText(/“Zhanaozen City Court” was deleted/)).toBeInTheDocument();
    const [call] = api.callsTo('DELETE', `/api/organisations/${ORG_ID}`);
    expect(call?.url.searchParams.get('version')).toBe('3');
    expect(call?.request.headers.get('x-csrf-token')).toBe('csrf-test-token');
  });

  it('offers a coordinator to restore a deleted organisation', async () => {
    const api = detailApi('coordinator', organisation({ deletedAt: '2026-11-21T08:00:00.000Z' }));
    renderApp(`/organisations/${ORG_ID}`);
    expect(await screen.findByText(/This organisation was deleted on/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('“Zhanaozen City Court” was restored.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/organisations/${ORG_ID}/restore`)[0]?.body).toEqual({ version: 3 });
    await waitFor(() =>
      expect(screen.queryByText(/This organisation was deleted on/)).not.toBeInTheDocument(),
    );
  });

  it('does not offer a researcher to restore', async () => {
    detailApi('researcher', organisation({ deletedAt: '2026-11-21T08:00:00.000Z' }));
    renderApp(`/organisations/${ORG_ID}`);
    await screen.findByText(/This organisation was deleted on/);
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument();
  });

  it('says when the organisation does not exist', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/organisations/:id': () => apiError(404, 'NOT_FOUND', 'Organisation was not found'),
    });
    renderApp(`/organisations/${ORG_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organisation not found' }),
    ).toBeInTheDocument();
  });
});
