import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { appeal, CASE_ID, page } from '../cases/testing';
import { csvExport, lastQuery, stubObjectUrls } from '../exports/testing';

afterEach(async () => {
  jest.restoreAllMocks();
  await resetAppState();
});

const caseRef = { id: CASE_ID, title: 'Kozlov, Sapargali and Aminov', caseNumber: 'DEMO-2012-001' };

function appealsApi() {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'viewer' })),
    'GET /api/appeals': () => jsonResponse(page([{ ...appeal(), case: caseRef }])),
  });
}

describe('AppealsListPage', () => {
  it('filters by status, level, overdue and deadline range from the URL, and marks overdue in red', async () => {
    const api = appealsApi();
    const { router } = renderApp('/appeals?status=planned&overdue=true&deadlineFrom=2026-11-01');
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    const table = screen.getByRole('table', { name: 'Appeals' });
    expect(within(table).getByText('Overdue by 3 days')).toHaveStyle({ color: 'var(--mantine-color-red-9)' });
    expect(within(table).getByText('Cassation')).toBeInTheDocument();
    const calls = api.callsTo('GET', '/api/appeals');
    expect(Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? [])).toEqual({
      status: 'planned',
      overdue: 'true',
      deadlineFrom: '2026-11-01',
      sort: 'deadline',
      order: 'asc',
      page: '1',
      pageSize: '25',
    });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Planned');
    expect(screen.getByRole('link', { name: 'Appeals', current: 'page' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Level' }));
    await userEvent.click(await screen.findByRole('option', { name: 'UN Human Rights Committee' }));
    await waitFor(() => expect(currentUrl(router)).toContain('level=un_hrc'));
  });

  it('exports the filtered appeals (deadline bounds as the period) and keeps saved searches under "appeals"', async () => {
    stubObjectUrls();
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })),
      'GET /api/appeals': () => jsonResponse(page([{ ...appeal(), case: caseRef }])),
      'GET /api/exports/appeals': () => csvExport('habeas-appeals-2026-11-20.csv', 1),
      'GET /api/saved-searches': () => jsonResponse({ items: [] }),
    });
    renderApp('/appeals?status=planned&level=un_hrc&deadlineFrom=2026-11-01&deadlineTo=2026-12-31');
    await screen.findByRole('link', { name: 'Kozlov, Sapargali and Aminov' });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/Not applied to the export: level\./)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('menuitem', { name: /^CSV for Excel/ }));
    expect(await screen.findByText('habeas-appeals-2026-11-20.csv: 1 rows')).toBeInTheDocument();
    expect(lastQuery(api, '/api/exports/appeals')).toEqual({
      status: 'planned',
      from: '2026-11-01',
      to: '2026-12-31',
      format: 'csv',
      variant: 'full',
      lang: 'en',
      separator: ';',
      bom: 'true',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Saved searches' }));
    await screen.findByRole('dialog', { name: 'Saved searches' });
    await waitFor(() =>
      expect(api.callsTo('GET', '/api/saved-searches')[0]?.url.searchParams.get('scope')).toBe('appeals'),
    );
  });
});
