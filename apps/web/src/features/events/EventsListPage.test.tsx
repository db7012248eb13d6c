import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { page } from '../cases/testing';
import { csvExport, lastQuery, stubObjectUrls } from '../exports/testing';
import { EVENT_ID, eventSummary } from './testing';

afterEach(async () => {
  jest.restoreAllMocks();
  await resetAppState();
});

function eventsApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    ...extra,
    'GET /api/auth/me': () => jsonResponse(sessionInfo()),
    // The API matches names in any script; the mock answers only the search the page must send.
    'GET /api/events': ({ url }) =>
      jsonResponse(url.searchParams.get('q') === 'Жанаозен' ? page([eventSummary()]) : page([], 0)),
  });
}

describe('EventsListPage', () => {
  it('finds the Zhanaozen events by a Cyrillic search from the URL', async () => {
    const api = eventsApi();
    renderApp(`/events?q=${encodeURIComponent('Жанаозен')}&kind=clash&from=2011`);
    const link = await screen.findByRole('link', { name: 'Police fire on protesters in Zhanaozen' });
    expect(link).toHaveAttribute('href', `/events/${EVENT_ID}`);
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Жанаозен');
    const table = screen.getByRole('table', { name: 'Events' });
    // Other spellings are shown under the title, so the match is visible.
    expect(within(table).getByText('Расстрел в Жанаозене · Janaozen events')).toBeInTheDocument();
    expect(within(table).getByText('16 December 2011 – 17 December 2011')).toBeInTheDocument();
    expect(within(table).getByText('Zhanaozen, central square, Mangystau')).toBeInTheDocument();
    const calls = api.callsTo('GET', '/api/events');
    expect(Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? [])).toEqual({
      q: 'Жанаозен',
      kind: 'clash',
      from: '2011',
      sort: 'startedOn',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });
  });

  it('says when nothing matches, and a date bound is applied only once it reads as a date', async () => {
    const api = eventsApi();
    const { router } = renderApp('/events?q=Janaozen');
    expect(await screen.findByText('No events match')).toBeInTheDocument();
    const to = screen.getByRole('textbox', { name: 'To' });
    await userEvent.type(to, 'someday{Enter}');
    expect(
      await screen.findByText('This is not a date we can read. Try 16.12.2011, 12.2011 or 2011.'),
    ).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/events?q=Janaozen');
    await userEvent.clear(to);
    await userEvent.type(to, '12.2011{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe('/events?q=Janaozen&to=12.2011'));
    await waitFor(() => {
      const calls = api.callsTo('GET', '/api/events');
      expect(calls[calls.length - 1]?.url.searchParams.get('to')).toBe('12.2011');
    });
  });

  it('exports the filtered events: kind as status, typed date bounds as the export reads them', async () => {
    stubObjectUrls();
    const api = eventsApi({ 'GET /api/exports/events': () => csvExport('habeas-events-2026-11-20.csv', 1) });
    renderApp(`/events?q=${encodeURIComponent('Жанаозен')}&kind=clash&region=Mangystau&from=12.2011&to=2012`);
    await screen.findByRole('link', { name: 'Police fire on protesters in Zhanaozen' });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Excel workbook/ }));
    expect(await screen.findByText('habeas-events-2026-11-20.csv: 1 rows')).toBeInTheDocument();
    expect(lastQuery(api, '/api/exports/events')).toEqual({
      q: 'Жанаозен',
      status: 'clash',
      region: 'Mangystau',
      from: '2011-12',
      to: '2012',
      format: 'xlsx',
      variant: 'full',
      lang: 'en',
      separator: ',',
    });
  });

  it('saves the search in force under the events scope', async () => {
    const api = eventsApi({
      'GET /api/saved-searches': () => jsonResponse({ items: [] }),
      'POST /api/saved-searches': ({ body }) =>
        jsonResponse(
          {
            ...(body as object),
            id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
            owner: { id: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a', name: 'Test' },
            mine: true,
            version: 1,
            createdAt: '2026-11-01T09:00:00.000Z',
            updatedAt: '2026-11-01T09:00:00.000Z',
          },
          201,
        ),
    });
    renderApp(`/events?q=${encodeURIComponent('Жанаозен')}&kind=clash`);
    await screen.findByRole('link', { name: 'Police fire on protesters in Zhanaozen' });
    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    const panel = await screen.findByRole('dialog', { name: 'Saved searches' });
    expect(await within(panel).findByText(/No saved searches/)).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Save this search…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this search' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Clashes');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.callsTo('POST', '/api/saved-searches')[0]?.body).toMatchObject({
        name: 'Clashes',
        scope: 'events',
        query: 'Жанаозен',
        filters: { kind: 'clash' },
      }),
    );
    expect(api.callsTo('GET', '/api/saved-searches')[0]?.url.searchParams.get('scope')).toBe('events');
  });
});
