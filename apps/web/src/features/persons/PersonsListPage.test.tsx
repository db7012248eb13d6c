import type { Role } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { PROVISION_ID, page, personListItem } from './testing';

afterEach(resetAppState);

function listApi(role: Role = 'coordinator') {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/persons': ({ url }) => {
      const q = url.searchParams.get('q');
      // The API matches any spelling: "Козлов" finds the record whose display name is Latin.
      const items = !q || /козлов|kozlov/i.test(q) ? [personListItem()] : [];
      return jsonResponse(page(items, items.length, Number(url.searchParams.get('page') ?? 1)));
    },
    'GET /api/legal-provisions': () =>
      jsonResponse(
        page([
          {
            id: PROVISION_ID,
            version: 1,
            confidentiality: 'public',
            createdAt: '2026-10-01T09:00:00.000Z',
            updatedAt: '2026-10-01T09:00:00.000Z',
            deletedAt: null,
            code: 'Criminal Code of the Republic of Kazakhstan (1997)',
            article: '164',
            part: '3',
            titleEn: 'Incitement of social discord',
            titleRu: null,
            titleKk: null,
            category: 'incitement',
            label: 'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
          },
        ]),
      ),
  });
}

function lastListQuery(api: ReturnType<typeof listApi>) {
  const calls = api.callsTo('GET', '/api/persons');
  return Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? []);
}

describe('PersonsListPage', () => {
  it('reads the search from the URL and shows the person found by the Cyrillic spelling', async () => {
    const api = listApi();
    renderApp(`/persons?q=${encodeURIComponent('Козлов')}&status=imprisoned&sort=updatedAt&order=desc`);

    const link = await screen.findByRole('link', { name: 'Vladimir Kozlov' });
    expect(link).toHaveAttribute('href', `/persons/${personListItem().id}`);
    expect(lastListQuery(api)).toEqual({
      q: 'Козлов',
      status: 'imprisoned',
      sort: 'updatedAt',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });
    expect(screen.getByRole('searchbox', { name: 'Search persons' })).toHaveValue('Козлов');
    const table = screen.getByRole('table', { name: 'Persons' });
    const row = within(table)
      .getByRole('rowheader', { name: 'Vladimir Kozlov' })
      .closest('tr') as HTMLElement;
    // Other spellings, the status as a word, the arrest date as precisely as it is known.
    expect(row).toHaveTextContent('Владимир Козлов · Владимир Қозлов');
    expect(within(row).getByText('Imprisoned')).toBeInTheDocument();
    expect(row).toHaveTextContent('January 2012');
    // The sentence in force and where it leads.
    expect(row).toHaveTextContent('7 years 6 months');
    expect(row).toHaveTextContent('expected 28 July 2019');
    expect(within(table).getByRole('columnheader', { name: 'Last changed' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('searches in any script as the user types, and says when nothing matches', async () => {
    const api = listApi();
    const { router } = renderApp('/persons');
    await screen.findByRole('link', { name: 'Vladimir Kozlov' });

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search persons' }), 'Ербол');
    await waitFor(() => expect(currentUrl(router)).toBe(`/persons?q=${encodeURIComponent('Ербол')}`));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ q: 'Ербол' }));
    expect(await screen.findByText('No persons match')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/persons'));
    expect(await screen.findByRole('link', { name: 'Vladimir Kozlov' })).toBeInTheDocument();
  });

  it('writes the filters to the URL: status, arrest period typed as staff write dates, legal provision', async () => {
    const api = listApi();
    const { router } = renderApp('/persons');
    await screen.findByRole('link', { name: 'Vladimir Kozlov' });

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Pretrial detention' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/persons?status=pretrial_detention'));

    const more = screen.getByRole('button', { name: 'More filters' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');

    await userEvent.type(screen.getByRole('textbox', { name: 'Arrested from' }), '12.2011{Enter}');
    await waitFor(() => expect(currentUrl(router)).toContain('arrestedFrom=2011-12'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Arrested until' }), '2012');
    await userEvent.tab();
    await waitFor(() => expect(currentUrl(router)).toContain('arrestedTo=2012'));

    await userEvent.type(screen.getByRole('combobox', { name: 'Charged under' }), '164');
    await userEvent.click(await screen.findByRole('option', { name: /art\. 164 part 3/ }));
    await waitFor(() => expect(currentUrl(router)).toContain(`legalProvisionId=${PROVISION_ID}`));
    await waitFor(() =>
      expect(lastListQuery(api)).toMatchObject({
        status: 'pretrial_detention',
        arrestedFrom: '2011-12',
        arrestedTo: '2012',
        legalProvisionId: PROVISION_ID,
      }),
    );
    expect(screen.getByRole('button', { name: 'More filters (3 on)' })).toBeInTheDocument();
  });

  it('filters by charge category, verdict and release periods, sentence length in years and pending appeals', async () => {
    const api = listApi();
    const { router } = renderApp('/persons');
    await screen.findByRole('link', { name: 'Vladimir Kozlov' });
    await userEvent.click(screen.getByRole('button', { name: 'More filters' }));

    await userEvent.click(screen.getByRole('combobox', { name: 'Charge category' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Mass riots' }));
    await waitFor(() => expect(currentUrl(router)).toContain('provisionCategory=mass_riots'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Verdict from' }), '06.2012{Enter}');
    await waitFor(() => expect(currentUrl(router)).toContain('verdictFrom=2012-06'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Released until' }), '2016{Enter}');
    await waitFor(() => expect(currentUrl(router)).toContain('releasedTo=2016'));
    // Years on screen, months in the URL and the API: 7.5 years = 90 months.
    await userEvent.type(screen.getByRole('textbox', { name: /Sentence at least/ }), '7.5{Enter}');
    await waitFor(() => expect(currentUrl(router)).toContain('sentenceMinMonths=90'));
    await userEvent.click(screen.getByRole('combobox', { name: 'Pending appeal' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Has a pending appeal' }));
    await waitFor(() => expect(currentUrl(router)).toContain('hasPendingAppeal=true'));

    await waitFor(() =>
      expect(lastListQuery(api)).toMatchObject({
        provisionCategory: 'mass_riots',
        verdictFrom: '2012-06',
        releasedTo: '2016',
        sentenceMinMonths: '90',
        hasPendingAppeal: 'true',
      }),
    );
    expect(screen.getByRole('button', { name: 'More filters (5 on)' })).toBeInTheDocument();
  });

  it('shows a shared link with the new filters filled in', async () => {
    const api = listApi();
    renderApp('/persons?sentenceMaxMonths=30&verdictTo=2012-12&hasPendingAppeal=false');
    await screen.findByRole('link', { name: 'Vladimir Kozlov' });
    expect(screen.getByRole('textbox', { name: /Sentence at most/ })).toHaveValue('2.5');
    expect(screen.getByRole('textbox', { name: 'Verdict until' })).toHaveValue('December 2012');
    expect(lastListQuery(api)).toMatchObject({
      sentenceMaxMonths: '30',
      verdictTo: '2012-12',
      hasPendingAppeal: 'false',
    });
  });

  it('offers "New person" only to roles that may create', async () => {
    listApi('viewer');
    const view = renderApp('/persons');
    await screen.findByRole('link', { name: 'Vladimir Kozlov' });
    expect(screen.queryByRole('link', { name: 'New person' })).not.toBeInTheDocument();
    view.unmount();
    await resetAppState();

    listApi('researcher');
    renderApp('/persons');
    expect(await screen.findByRole('link', { name: 'New person' })).toHaveAttribute('href', '/persons/new');
  });
});
