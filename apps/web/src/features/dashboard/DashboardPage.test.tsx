import { screen, within } from '@testing-library/react';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { CASE, caseUpdate, deadline, PERSON, quietCharts, statistics } from './testing';

quietCharts();
afterEach(resetAppState);

function dashboardApi(overrides: Record<string, () => Response> = {}) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo()),
    'GET /api/statistics': () => jsonResponse(statistics()),
    'GET /api/deadlines': () =>
      jsonResponse({
        today: '2026-11-20',
        items: [
          deadline({}),
          deadline({
            id: '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
            date: '2026-11-17',
            daysLeft: -3,
            overdue: true,
            appeal: { level: 'appeal', status: 'planned', body: null },
          }),
          deadline({
            kind: 'hearing',
            id: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c',
            date: '2026-11-27',
            daysLeft: 7,
            appeal: null,
            hearing: { kind: 'trial_session', court: 'Zhanaozen City Court' },
          }),
        ],
      }),
    'GET /api/case-updates': () => jsonResponse({ items: [caseUpdate()], total: 1, page: 1, pageSize: 8 }),
    ...overrides,
  });
}

describe('DashboardPage', () => {
  it('shows the counts by current status as cards linking to the filtered persons list', async () => {
    const api = dashboardApi();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const cards = within(await screen.findByRole('region', { name: 'People by current status' }));
    const imprisoned = await cards.findByRole('link', { name: /Imprisoned/ });
    expect(imprisoned).toHaveTextContent('12');
    expect(imprisoned).toHaveAttribute('href', '/persons?status=imprisoned');
    expect(cards.getByRole('link', { name: /In pre-trial detention/ })).toHaveTextContent('7');
    expect(cards.getByRole('link', { name: /All people/ })).toHaveTextContent('40');
    expect(api.callsTo('GET', '/api/deadlines')[0]?.url.searchParams.toString()).toBe(
      'days=14&includeOverdue=true',
    );
  });

  it('lists deadlines with the overdue one first, in words, and hearings', async () => {
    dashboardApi();
    renderApp('/');
    const panel = within(
      await screen.findByRole('region', { name: 'Deadlines and hearings (next 14 days)' }),
    );
    const rows = await panel.findAllByRole('row');
    // Header, then the overdue deadline first.
    expect(rows[1]).toHaveTextContent('Overdue');
    expect(rows[1]).toHaveTextContent('17 November 2026');
    expect(rows[1]).toHaveTextContent('3 days ago');
    expect(rows[1]).toHaveTextContent('Appeal deadline (appeal)');
    expect(panel.getAllByText('Overdue')).toHaveLength(1);
    expect(rows[2]).toHaveTextContent('Appeal deadline (cassation)');
    expect(rows[2]).toHaveTextContent('in 5 days');
    expect(rows[3]).toHaveTextContent('Hearing (trial session)');
    expect(panel.getAllByRole('link', { name: '1-12/2012 · Zhanaozen riot case' })[0]).toHaveAttribute(
      'href',
      `/cases/${CASE.id}`,
    );
  });

  it('shows the latest case updates and the detention figures with a text alternative', async () => {
    dashboardApi();
    renderApp('/');
    const updates = within(await screen.findByRole('region', { name: 'Recent case updates' }));
    expect(await updates.findByText('Detained after the strike')).toBeInTheDocument();
    expect(updates.getByText('December 2011')).toBeInTheDocument();
    expect(updates.getByRole('link', { name: 'Владимир Козлов' })).toHaveAttribute(
      'href',
      `/persons/${PERSON.id}`,
    );
    const chart = within(screen.getByRole('region', { name: 'People in detention over time' }));
    expect(
      await chart.findByText(
        'People in detention at the end of November 2026: 19; at the end of October 2026: 18; highest: 19 in November 2026.',
      ),
    ).toBeInTheDocument();
    expect(
      chart.getByRole('table', { name: /People in detention at the end of each month/ }),
    ).toBeInTheDocument();
  });

  it('keeps the other panels when one fails, and offers a retry', async () => {
    dashboardApi({ 'GET /api/deadlines': () => apiError(500, 'INTERNAL_ERROR', 'boom') });
    renderApp('/');
    expect(await screen.findByText('Could not load the deadlines')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Retry' }).length).toBeGreaterThan(0);
    expect(await screen.findByText('Detained after the strike')).toBeInTheDocument();
  });
});
