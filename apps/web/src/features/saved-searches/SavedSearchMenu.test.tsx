import type { SavedSearch } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo, TEST_USER } from '../auth/testing';
import { organisation, page } from '../organisations/testing';

afterEach(resetAppState);

function saved(overrides: Partial<SavedSearch>): SavedSearch {
  return {
    id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    name: 'Courts',
    scope: 'organisations',
    query: 'жанаозен',
    filters: { type: 'court' },
    shared: false,
    owner: { id: TEST_USER.id, name: TEST_USER.name },
    mine: true,
    version: 1,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

function savedApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo()),
    'GET /api/organisations': () => jsonResponse(page([organisation()])),
    'GET /api/saved-searches': () =>
      jsonResponse({
        items: [
          saved({}),
          saved({
            id: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
            name: 'Prisons',
            query: '',
            filters: { type: 'prison' },
            shared: true,
            mine: false,
            owner: { id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', name: 'Dana Seitkali' },
          }),
        ],
      }),
    ...extra,
  });
}

describe('SavedSearchMenu (on the organisations list)', () => {
  it('saves the search in force under a name, shared with colleagues', async () => {
    const api = savedApi({
      'POST /api/saved-searches': ({ body }) => jsonResponse(saved(body as Partial<SavedSearch>), 201),
    });
    renderApp('/organisations?q=aktau&type=court&sort=updatedAt');
    await screen.findByRole('link', { name: 'Zhanaozen City Court' });
    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save this search…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this search' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Courts in Aktau');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Share with colleagues/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.callsTo('POST', '/api/saved-searches')[0]?.body).toEqual({
        name: 'Courts in Aktau',
        scope: 'organisations',
        query: 'aktau',
        filters: { type: 'court' },
        shared: true,
      }),
    );
    expect(await screen.findByText('Search “Courts in Aktau” saved')).toBeInTheDocument();
  });

  it('names a taken name at the field', async () => {
    savedApi({
      'POST /api/saved-searches': () =>
        apiError(409, 'ALREADY_EXISTS', 'You already have a saved search named "Courts"', {
          field: 'body.name',
        }),
    });
    renderApp('/organisations?type=court');
    await screen.findByRole('link', { name: 'Zhanaozen City Court' });
    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save this search…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this search' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Courts');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(/You already have a saved search with this name/),
    ).toBeInTheDocument();
  });

  it('applies one of mine or a colleague’s shared search, and deletes only mine', async () => {
    const api = savedApi({ 'DELETE /api/saved-searches/:id': () => new Response(null, { status: 204 }) });
    const { router } = renderApp('/organisations');
    await screen.findByRole('link', { name: 'Zhanaozen City Court' });
    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    const panel = await screen.findByRole('dialog', { name: 'Saved searches' });
    expect(await within(panel).findByText('Shared by Dana Seitkali')).toBeInTheDocument();
    expect(
      within(panel).queryByRole('button', { name: 'Delete the saved search Prisons' }),
    ).not.toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: /^Prisons/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/organisations?type=prison'));

    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    const again = await screen.findByRole('dialog', { name: 'Saved searches' });
    await userEvent.click(within(again).getByRole('button', { name: /^Courts/ }));
    await waitFor(() =>
      expect(currentUrl(router)).toBe(`/organisations?type=court&q=${encodeURIComponent('жанаозен')}`),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete the saved search Courts' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete the saved search?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(api.callsTo('DELETE', '/api/saved-searches/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d')).toHaveLength(
        1,
      ),
    );
    expect(
      api
        .callsTo('DELETE', '/api/saved-searches/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d')[0]
        ?.url.searchParams.get('version'),
    ).toBe('1');
  });
});
