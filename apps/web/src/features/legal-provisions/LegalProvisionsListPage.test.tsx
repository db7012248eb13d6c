import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../i18n/i18n';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CRIMINAL_CODE, page, provision } from './testing';

afterEach(resetAppState);

const LABEL = `${CRIMINAL_CODE}, art. 164 part 3`;

function listApi(role: 'coordinator' | 'researcher' | 'viewer' = 'coordinator', total = 60) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/legal-provisions': ({ url }) =>
      jsonResponse(page([provision()], total, Number(url.searchParams.get('page') ?? 1), 10)),
  });
}

/** The table once rows have arrived (the loading skeleton has the same caption). */
async function loadedTable() {
  await screen.findByRole('link', { name: LABEL });
  return screen.getByRole('table', { name: 'Legal provisions' });
}

function lastListQuery(api: ReturnType<typeof listApi>) {
  const calls = api.callsTo('GET', '/api/legal-provisions');
  return Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? []);
}

describe('LegalProvisionsListPage', () => {
  it('reads search, category, sort and paging from the URL and asks the API for exactly that', async () => {
    const api = listApi();
    renderApp(
      `/legal-provisions?q=${encodeURIComponent('массовые')}&category=mass_riots&sort=article&order=desc&page=2&pageSize=10`,
    );

    const table = await loadedTable();
    expect(lastListQuery(api)).toEqual({
      q: 'массовые',
      category: 'mass_riots',
      sort: 'article',
      order: 'desc',
      page: '2',
      pageSize: '10',
    });
    expect(screen.getByRole('searchbox', { name: 'Search legal provisions' })).toHaveValue('массовые');
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('Mass riots');
    expect(within(table).getByRole('link', { name: LABEL })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/legal-provisions\/6e2a4c8d-/),
    );
    expect(
      within(table).getByText('Incitement of social, national, tribal, racial or religious hatred'),
    ).toHaveAttribute('lang', 'en');
    expect(within(table).getByRole('cell', { name: 'Incitement' })).toBeInTheDocument();
    expect(screen.getByText('11–20 of 60')).toBeInTheDocument();
  });

  it('writes what the user does back to the URL', async () => {
    const api = listApi();
    const { router } = renderApp('/legal-provisions?category=incitement&page=3&pageSize=10');
    const table = await loadedTable();

    // Sorting goes back to page 1; the default sort is left out of the URL.
    await userEvent.click(within(table).getByRole('button', { name: 'Category' }));
    await waitFor(() =>
      expect(currentUrl(router)).toBe('/legal-provisions?category=incitement&pageSize=10&sort=category'),
    );
    await userEvent.click(within(table).getByRole('button', { name: 'Category' }));
    await waitFor(() =>
      expect(currentUrl(router)).toBe(
        '/legal-provisions?category=incitement&pageSize=10&sort=category&order=desc',
      ),
    );
    expect(lastListQuery(api)).toMatchObject({ sort: 'category', order: 'desc', page: '1' });

    // Paging.
    await userEvent.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(currentUrl(router)).toContain('page=2'));

    // Search (debounced), in any script; a new search starts from page 1.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search legal provisions' }), '164');
    await waitFor(() =>
      expect(currentUrl(router)).toBe(
        '/legal-provisions?category=incitement&pageSize=10&sort=category&order=desc&q=164',
      ),
    );
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ q: '164', page: '1' }));

    // Filter by category, in the interface language.
    await userEvent.click(screen.getByRole('combobox', { name: 'Category' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Calls to overthrow' }));
    await waitFor(() => expect(currentUrl(router)).toContain('category=calls_to_overthrow'));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ category: 'calls_to_overthrow' }));

    // Back returns to the previous view.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(currentUrl(router)).toContain('category=incitement'));
  });

  it('lets the user show more columns', async () => {
    listApi();
    renderApp('/legal-provisions');
    const table = await loadedTable();
    expect(within(table).queryByRole('columnheader', { name: /Article/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Article' }));
    expect(await within(table).findByRole('cell', { name: '164, part 3' })).toBeInTheDocument();
  });

  it('shows a loading state, then says when the catalogue is empty', async () => {
    let answer: (response: Response) => void = () => undefined;
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/legal-provisions': () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    });
    renderApp('/legal-provisions');
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Legal provisions' })).toHaveAttribute('aria-busy', 'true'),
    );
    act(() => answer(jsonResponse(page([], 0))));
    expect(await screen.findByText('No legal provisions yet')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New provision' }).length).toBeGreaterThan(0);
  });

  it('says when nothing matches and clears the search and filters', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/legal-provisions': ({ url }) =>
        jsonResponse(url.searchParams.has('q') ? page([], 0) : page([provision()])),
    });
    const { router } = renderApp('/legal-provisions?q=nothing&category=looting');
    expect(await screen.findByText('No legal provisions match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/legal-provisions'));
    expect(await screen.findByRole('link', { name: LABEL })).toBeInTheDocument();
  });

  it('offers "New provision" to researchers but not to viewers, and "Show deleted" not to viewers', async () => {
    listApi('researcher');
    const first = renderApp('/legal-provisions');
    await loadedTable();
    expect(screen.getByRole('link', { name: 'New provision' })).toHaveAttribute(
      'href',
      '/legal-provisions/new',
    );
    expect(screen.getByRole('checkbox', { name: 'Show deleted' })).toBeInTheDocument();
    first.unmount();

    listApi('viewer');
    renderApp('/legal-provisions');
    await loadedTable();
    expect(screen.queryByRole('link', { name: 'New provision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Show deleted' })).not.toBeInTheDocument();
  });

  it('shows each title in the interface language, and is in the main navigation', async () => {
    listApi();
    await changeLanguage('ru');
    renderApp('/legal-provisions');
    await screen.findByRole('link', { name: LABEL });
    const table = screen.getByRole('table', { name: 'Статьи закона' });
    expect(
      within(table).getByText(
        'Возбуждение социальной, национальной, родовой, расовой или религиозной вражды',
      ),
    ).toHaveAttribute('lang', 'ru');
    expect(within(table).getByRole('cell', { name: 'Возбуждение розни' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Основная навигация' })).getByRole('link', {
        name: 'Статьи закона',
      }),
    ).toHaveAttribute('href', '/legal-provisions');
  });
});
