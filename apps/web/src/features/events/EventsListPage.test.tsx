import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { page } from '../cases/testing';
import { EVENT_ID, eventSummary } from './testing';

afterEach(resetAppState);

function eventsApi() {
  return mockApi({
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
});
