import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { csvExport, lastQuery, stubObjectUrls } from '../exports/testing';
import { organisation, page } from './testing';

afterEach(async () => {
  jest.restoreAllMocks();
  await resetAppState();
});

function listApi(
  role: 'coordinator' | 'viewer' = 'coordinator',
  total = 60,
  extra: Parameters<typeof mockApi>[0] = {},
) {
  return mockApi({
    ...extra,
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/organisations': ({ url }) =>
      jsonResponse(page([organisation()], total, Number(url.searchParams.get('page') ?? 1), 10)),
  });
}

/** The table once rows have arrived (the loading skeleton has the same caption). */
async function loadedTable() {
  await screen.findByRole('link', { name: 'Zhanaozen City Court' });
  return screen.getByRole('table', { name: 'Organisations' });
}

function lastListQuery(api: ReturnType<typeof listApi>) {
  const calls = api.callsTo('GET', '/api/organisations');
  return Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? []);
}

describe('OrganisationsListPage', () => {
  it('reads search, filter, sort and paging from the URL and asks the API for exactly that', async () => {
    const api = listApi();
    renderApp(
      '/organisations?q=%D0%BA%D0%BE%D0%B7%D0%BB%D0%BE%D0%B2&type=court&sort=updatedAt&order=desc&page=2&pageSize=10',
    );

    const table = await loadedTable();
    expect(lastListQuery(api)).toEqual({
      q: 'козлов',
      type: 'court',
      sort: 'updatedAt',
      order: 'desc',
      page: '2',
      pageSize: '10',
    });
    expect(screen.getByRole('searchbox', { name: 'Search organisations' })).toHaveValue('козлов');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('Court');
    expect(within(table).getByRole('columnheader', { name: 'Last changed' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(table).getByRole('link', { name: 'Zhanaozen City Court' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/organisations\/3f1c2b7a-/),
    );
    expect(within(table).getByText('Жанаозенский городской суд')).toBeInTheDocument();
    expect(screen.getByText('11–20 of 60')).toBeInTheDocument();
  });

  it('writes what the user does back to the URL', async () => {
    const api = listApi();
    const { router } = renderApp('/organisations?type=court&page=3&pageSize=10');
    const table = await loadedTable();

    // Sorting goes back to page 1; the default sort is left out of the URL.
    await userEvent.click(within(table).getByRole('button', { name: 'Type' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/organisations?type=court&pageSize=10&sort=type'));
    await userEvent.click(within(table).getByRole('button', { name: 'Type' }));
    await waitFor(() =>
      expect(currentUrl(router)).toBe('/organisations?type=court&pageSize=10&sort=type&order=desc'),
    );
    expect(lastListQuery(api)).toMatchObject({ sort: 'type', order: 'desc', page: '1' });

    // Paging.
    await userEvent.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(currentUrl(router)).toContain('page=2'));

    // Search (debounced), in any script; a new search starts from page 1.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search organisations' }), 'Жанаозен');
    await waitFor(() =>
      expect(currentUrl(router)).toBe(
        `/organisations?type=court&pageSize=10&sort=type&order=desc&q=${encodeURIComponent('Жанаозен')}`,
      ),
    );
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ q: 'Жанаозен', page: '1' }));

    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() =>
      expect(currentUrl(router)).toBe('/organisations?type=court&pageSize=10&sort=type&order=desc'),
    );

    // Filter by type.
    await userEvent.click(screen.getByRole('combobox', { name: 'Type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Prison or penal colony' }));
    await waitFor(() => expect(currentUrl(router)).toContain('type=prison'));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ type: 'prison' }));

    // Back returns to the previous view: paging, sorting and filtering push history entries.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(currentUrl(router)).toContain('type=court'));
  });

  it('says when nothing matches and clears the search and filters', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/organisations': ({ url }) =>
        jsonResponse(url.searchParams.has('q') ? page([], 0) : page([organisation()])),
    });
    const { router } = renderApp('/organisations?q=nothing&type=prison');
    expect(await screen.findByText('No organisations match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/organisations'));
    expect(await screen.findByRole('link', { name: 'Zhanaozen City Court' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search organisations' })).toHaveValue('');
  });

  it('offers "New organisation" and "Show deleted" only to roles that may use them', async () => {
    listApi('viewer');
    renderApp('/organisations');
    await loadedTable();
    expect(screen.queryByRole('link', { name: 'New organisation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Show deleted' })).not.toBeInTheDocument();
  });

  it('asks for deleted records too when "Show deleted" is ticked', async () => {
    const api = listApi();
    const { router } = renderApp('/organisations');
    await loadedTable();
    expect(screen.getByRole('link', { name: 'New organisation' })).toHaveAttribute(
      'href',
      '/organisations/new',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show deleted' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/organisations?includeDeleted=true'));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ includeDeleted: 'true' }));
  });

  it('exports the filtered list next to the saved searches, the type as status', async () => {
    stubObjectUrls();
    const api = listApi('coordinator', 60, {
      'GET /api/exports/organisations': () => csvExport('habeas-organisations-2026-11-20.csv', 2),
    });
    renderApp('/organisations?q=aktau&type=court&includeDeleted=true&sort=updatedAt');
    await loadedTable();
    expect(screen.getByRole('button', { name: 'Saved searches' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Public list/ }));
    expect(await screen.findByText('habeas-organisations-2026-11-20.csv: 2 rows')).toBeInTheDocument();
    expect(lastQuery(api, '/api/exports/organisations')).toEqual({
      q: 'aktau',
      status: 'court',
      format: 'csv',
      variant: 'public',
      lang: 'en',
      separator: ',',
    });
  });
});
