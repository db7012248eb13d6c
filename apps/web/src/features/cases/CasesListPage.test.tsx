import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo, TEST_USER } from '../auth/testing';
import { csvExport, lastQuery, stubObjectUrls } from '../exports/testing';
import { CASE_ID, COURT_ID, KOZLOV_ID, legalCase, page } from './testing';

afterEach(async () => {
  jest.restoreAllMocks();
  await resetAppState();
});

function listApi(role: 'coordinator' | 'viewer' = 'coordinator', extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    ...extra,
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

  it('exports the filtered list: the stage as status, the court as organisation, the rest named as not applied', async () => {
    stubObjectUrls();
    const api = listApi('coordinator', {
      'GET /api/exports/cases': () => csvExport('habeas-cases-2026-11-20.csv', 3),
    });
    renderApp(
      `/cases?q=kozlov&stage=appeal&courtId=${COURT_ID}&region=Mangystau&assignedToMe=true&sort=title&page=2`,
    );
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/Not applied to the export: assignedToMe\./)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('menuitem', { name: /^CSV \(UTF-8\)/ }));
    expect(await screen.findByText('habeas-cases-2026-11-20.csv: 3 rows')).toBeInTheDocument();
    expect(lastQuery(api, '/api/exports/cases')).toEqual({
      q: 'kozlov',
      status: 'appeal',
      organisationId: COURT_ID,
      region: 'Mangystau',
      format: 'csv',
      variant: 'full',
      lang: 'en',
      separator: ',',
    });
  });

  it('re-runs a saved search of the cases list, replacing the filters in force', async () => {
    const api = listApi('coordinator', {
      'GET /api/saved-searches': () =>
        jsonResponse({
          items: [
            {
              id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
              name: 'Trials in Mangystau',
              scope: 'cases',
              query: 'zhanaozen',
              filters: { stage: 'trial', region: 'Mangystau' },
              shared: false,
              owner: { id: TEST_USER.id, name: TEST_USER.name },
              mine: true,
              version: 1,
              createdAt: '2026-11-01T09:00:00.000Z',
              updatedAt: '2026-11-01T09:00:00.000Z',
            },
          ],
        }),
    });
    const { router } = renderApp('/cases?assignedToMe=true');
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    const panel = await screen.findByRole('dialog', { name: 'Saved searches' });
    await userEvent.click(await within(panel).findByRole('button', { name: /^Trials in Mangystau/ }));
    await waitFor(() =>
      expect(lastListQuery(api)).toMatchObject({ q: 'zhanaozen', stage: 'trial', region: 'Mangystau' }),
    );
    expect(lastListQuery(api)).not.toHaveProperty('assignedToMe');
    expect(currentUrl(router)).not.toContain('assignedToMe');
    expect(api.callsTo('GET', '/api/saved-searches')[0]?.url.searchParams.get('scope')).toBe('cases');
  });

  it('does not offer the export to viewers', async () => {
    listApi('viewer');
    renderApp('/cases');
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });

  it('offers "New case" only to roles that may create one', async () => {
    listApi('viewer');
    renderApp('/cases');
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    expect(screen.queryByRole('link', { name: 'New case' })).not.toBeInTheDocument();
  });
});
