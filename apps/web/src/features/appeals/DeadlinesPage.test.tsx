import type { Deadline } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { APPEAL_ID, CASE_ID, HEARING_ID, KOZLOV_ID } from '../cases/testing';

afterEach(resetAppState);

const caseRef = { id: CASE_ID, title: 'Kozlov, Sapargali and Aminov', caseNumber: 'DEMO-2012-001' };
const kozlov = { id: KOZLOV_ID, displayName: 'Vladimir Kozlov' };

function deadline(overrides: Partial<Deadline>): Deadline {
  return {
    kind: 'appeal_deadline',
    id: APPEAL_ID,
    date: '2026-11-25',
    scheduledAt: null,
    daysLeft: -3,
    overdue: true,
    label: 'Appeal deadline (cassation)',
    case: caseRef,
    persons: [kozlov],
    appeal: { level: 'cassation', status: 'planned', body: 'Supreme Court of Kazakhstan' },
    hearing: null,
    ...overrides,
  };
}

const ITEMS: Deadline[] = [
  // Deliberately out of order: the page sorts by date.
  deadline({
    kind: 'hearing',
    id: HEARING_ID,
    date: '2026-12-08',
    daysLeft: 10,
    overdue: false,
    label: 'Hearing (appeal hearing)',
    appeal: null,
    hearing: { kind: 'appeal_hearing', court: 'Mangystau Regional Court' },
  }),
  deadline({}),
  deadline({
    id: 'c9d0e1f2-a3b4-4c5d-9e6f-7a8b9c0d1e2f',
    date: '2026-11-28',
    daysLeft: 0,
    overdue: false,
    appeal: { level: 'un_wgad', status: 'planned', body: null },
  }),
];

function deadlinesApi() {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })),
    'GET /api/deadlines': () => jsonResponse({ today: '2026-11-28', items: ITEMS }),
    'POST /api/deadlines/calendar-token': () => jsonResponse({ url: '/api/calendar/s3cr3t-t0ken.ics' }, 201),
    'DELETE /api/deadlines/calendar-token': () => new Response(null, { status: 204 }),
  });
}

describe('DeadlinesPage', () => {
  it('puts missed appeal deadlines first, in red words, then today, then later', async () => {
    const api = deadlinesApi();
    renderApp('/appeals/deadlines');
    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    expect(within(overdue).getByText('Appeal deadline: Cassation')).toBeInTheDocument();
    expect(within(overdue).getByText('Overdue by 3 days')).toHaveStyle({
      color: 'var(--mantine-color-red-9)',
    });
    expect(
      within(overdue).getByRole('link', { name: 'DEMO-2012-001 · Kozlov, Sapargali and Aminov' }),
    ).toHaveAttribute('href', `/cases/${CASE_ID}`);
    expect(within(overdue).getByRole('link', { name: 'Vladimir Kozlov' })).toBeInTheDocument();
    const today = screen.getByRole('region', { name: 'Today' });
    expect(
      within(today).getByText('Appeal deadline: UN Working Group on Arbitrary Detention'),
    ).toBeInTheDocument();
    expect(within(today).getByText('Due today')).toBeInTheDocument();
    const later = screen.getByRole('region', { name: 'Later' });
    expect(within(later).getByText('Hearing: Appeal hearing')).toBeInTheDocument();
    expect(within(later).getByText('10 days left')).toBeInTheDocument();
    // The groups come in that order.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Overdue')).toBeLessThan(headings.indexOf('Today'));
    expect(headings.indexOf('Today')).toBeLessThan(headings.indexOf('Later'));
    expect(Object.fromEntries(api.callsTo('GET', '/api/deadlines')[0]?.url.searchParams ?? [])).toEqual({
      days: '14',
      includeOverdue: 'true',
    });
  });

  it('changes the range and the overdue choice through the URL', async () => {
    const api = deadlinesApi();
    const { router } = renderApp('/appeals/deadlines');
    await screen.findByRole('region', { name: 'Overdue' });
    await userEvent.click(screen.getByText('90 days'));
    await waitFor(() => expect(currentUrl(router)).toBe('/appeals/deadlines?days=90'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include missed appeal deadlines' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/appeals/deadlines?days=90&overdue=false'));
    await waitFor(() => {
      const calls = api.callsTo('GET', '/api/deadlines');
      expect(Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? [])).toEqual({
        days: '90',
        includeOverdue: 'false',
      });
    });
  });

  it('shows the secret feed address once, with a copy button, and can stop the feed', async () => {
    const api = deadlinesApi();
    renderApp('/appeals/deadlines');
    const feed = await screen.findByRole('region', { name: 'Subscribe in your calendar' });
    await userEvent.click(within(feed).getByRole('button', { name: 'Create my feed address' }));
    const address = await within(feed).findByRole('textbox', { name: 'Your personal feed address' });
    expect(address).toHaveValue('http://localhost/api/calendar/s3cr3t-t0ken.ics');
    expect(within(feed).getByText('Keep this address secret')).toBeInTheDocument();
    expect(within(feed).getByRole('button', { name: 'Copy the address' })).toBeInTheDocument();

    await userEvent.click(within(feed).getByRole('button', { name: 'Stop the feed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop your calendar feed?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop the feed' }));
    await waitFor(() => expect(api.callsTo('DELETE', '/api/deadlines/calendar-token')).toHaveLength(1));
    expect(await screen.findByText('Your calendar feed is stopped')).toBeInTheDocument();
    expect(
      within(feed).queryByRole('textbox', { name: 'Your personal feed address' }),
    ).not.toBeInTheDocument();
  });
});
