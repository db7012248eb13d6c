import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CASE_ID, COURT_ID, KOZLOV_ID, legalCase, page } from './testing';

afterEach(resetAppState);

function listApi(role: 'coordinator' | 'viewer' = 'coordinator') {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/cases': ({ url }) =>
      jsonResponse(page([legalCase()], 40, Number(url.searchParams.get('page') ?? 1), 10)),
    'GET /api/organisations/:id': () =>
      jsonResponse({
        id: COURT_ID,
        version: 1,
        confidentiality: 'public',
        createdAt: '2026-10-01T09:00:00.000Z',
        updatedAt: '2026-10-01T09:00:00.000Z',
        deletedAt: null,
        name: 'Aktau City Court',
        type: 'court',
        country: 'KZ',
        region: 'Mangystau',
        notes: null,
        parent: null,
        names: [],
      }),
  });
}

function lastListQuery(api: ReturnType<typeof listApi>) {
  const calls = api.callsTo('GET', '/api/cases');
  return Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? []);
}

describe('CasesListPage', () => {
  it('asks the API for what the URL says, in any script, and shows the cases', async () => {
    const api = listApi();
    renderApp(
      `/cases?q=${encodeURIComponent('Козлов')}&stage=appeal&courtId=${COURT_ID}&hasPendingAppeal=true&assignedToMe=true&page=2&pageSize=10`,
    );
    const link = await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    expect(link).toHaveAttribute('href', `/cases/${CASE_ID}`);
    expect(lastListQuery(api)).toEqual({
      q: 'Козлов',
      stage: 'appeal',
      courtId: COURT_ID,
      hasPendingAppeal: 'true',
      assignedToMe: 'true',
      sort: 'updatedAt',
      order: 'desc',
      page: '2',
      pageSize: '10',
    });
    expect(screen.getByRole('searchbox', { name: 'Search cases' })).toHaveValue('Козлов');
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue('Appeal');
    expect(screen.getByRole('checkbox', { name: 'Assigned to me' })).toBeChecked();
    // The court filter names the court of the id in the URL.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Court' })).toHaveValue('Aktau City Court'),
    );
    const table = screen.getByRole('table', { name: 'Cases' });
    expect(within(table).getByRole('link', { name: 'Vladimir Kozlov' })).toHaveAttribute(
      'href',
      `/persons/${KOZLOV_ID}`,
    );
    expect(within(table).getByText('DEMO-2012-001')).toBeInTheDocument();
    expect(screen.getByText('11–20 of 40')).toBeInTheDocument();
  });

  it('writes sorting and filters back to the URL', async () => {
    const api = listApi();
    const { router } = renderApp('/cases');
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    await userEvent.click(
      within(screen.getByRole('table', { name: 'Cases' })).getByRole('button', { name: 'Title' }),
    );
    await waitFor(() => expect(currentUrl(router)).toBe('/cases?sort=title&order=asc'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Assigned to me' }));
    await waitFor(() => expect(currentUrl(router)).toContain('assignedToMe=true'));
    await userEvent.click(screen.getByRole('combobox', { name: 'Pending appeal' }));
    await userEvent.click(await screen.findByRole('option', { name: 'With a pending appeal' }));
    await waitFor(() =>
      expect(lastListQuery(api)).toMatchObject({ hasPendingAppeal: 'true', assignedToMe: 'true' }),
    );
  });

  it('offers "New case" only to roles that may create one', async () => {
    listApi('viewer');
    renderApp('/cases');
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    expect(screen.queryByRole('link', { name: 'New case' })).not.toBeInTheDocument();
  });
});
