import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { appeal, CASE_ID, page } from '../cases/testing';

afterEach(resetAppState);

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
});
