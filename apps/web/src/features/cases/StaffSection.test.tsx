import type { Role } from '@habeas/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { renderApp, resetAppState, sessionInfo, TEST_USER } from '../auth/testing';
import { CASE_ID, caseDetail, page } from './testing';

afterEach(resetAppState);

const RITA = { id: 'c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5', name: 'Рита Исследователь', role: 'researcher' };
const MARAT = { id: 'd2e3f4a5-b6c7-4d8e-9f0a-b1c2d3e4f5a6', name: 'Marat Coordinator', role: 'coordinator' };

/** The case page of a coordinator; the staff directory answers like the API (names in any script). */
function staffApi(role: Role = 'coordinator') {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role })),
    'GET /api/cases/:id': () => jsonResponse(caseDetail()),
    'GET /api/cases/:id/timeline': () => jsonResponse(page([], 0, 1, 20)),
    'GET /api/staff-directory': ({ url }) => {
      const q = url.searchParams.get('q') ?? '';
      const items = [RITA, MARAT].filter((s) => !q || s.id === RITA.id);
      return jsonResponse({ items, truncated: false });
    },
    'PUT /api/cases/:id/assignments': ({ body }) =>
      jsonResponse({
        caseId: CASE_ID,
        staff: (body as { userIds: string[] }).userIds.map((id) => ({
          ...(id === RITA.id ? RITA : MARAT),
          assignedAt: '2026-11-28T10:00:00.000Z',
        })),
      }),
  });
}

async function openStaffDialog() {
  await screen.findByRole('heading', { level: 1, name: 'Kozlov, Sapargali and Aminov' });
  const section = screen.getByRole('region', { name: 'Assigned staff' });
  await userEvent.click(within(section).getByRole('button', { name: 'Change' }));
  return screen.findByRole('dialog', { name: 'Staff assigned to the case' });
}

describe('StaffSection', () => {
  it('lets a coordinator find staff in the directory, assign and unassign them', async () => {
    const api = staffApi('coordinator');
    renderApp(`/cases/${CASE_ID}`);
    const dialog = await openStaffDialog();

    const picker = within(dialog).getByRole('combobox', { name: 'Assign a staff member' });
    await userEvent.type(picker, 'Rita');
    const lookups = () => api.calls.filter((c) => c.url.pathname === '/api/staff-directory');
    await waitFor(() => expect(lookups().at(-1)?.url.searchParams.get('q')).toBe('Rita'));
    expect(lookups().at(-1)?.url.searchParams.get('limit')).toBe('20');
    const listbox = await screen.findByRole('listbox', { name: 'Assign a staff member' });
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(1));
    const option = within(listbox).getByRole('option', { name: /Рита Исследователь/ });
    expect(option).toHaveTextContent('Researcher');
    await userEvent.click(option);

    const assigned = within(dialog).getByRole('list', { name: 'Assigned staff' });
    expect(within(assigned).getByText('Рита Исследователь')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: `Unassign ${TEST_USER.name}` }));
    expect(within(assigned).queryByText(TEST_USER.name)).not.toBeInTheDocument();
    // Having removed themselves, the coordinator is offered the shortcut back.
    expect(within(dialog).getByRole('button', { name: 'Assign me' })).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('PUT', `/api/cases/${CASE_ID}/assignments`)).toHaveLength(1));
    expect(api.callsTo('PUT', `/api/cases/${CASE_ID}/assignments`)[0]?.body).toEqual({ userIds: [RITA.id] });
    expect(await screen.findByText('Assignments saved')).toBeInTheDocument();
    // The accounts administration list (admins only) is not needed.
    expect(api.calls.some((c) => c.url.pathname === '/api/users')).toBe(false);
  });

  it('does not offer staff already assigned', async () => {
    staffApi('admin');
    renderApp(`/cases/${CASE_ID}`);
    const dialog = await openStaffDialog();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Assign a staff member' }));
    const listbox = await screen.findByRole('listbox', { name: 'Assign a staff member' });
    expect(await within(listbox).findByRole('option', { name: /Marat Coordinator/ })).toBeInTheDocument();
    expect(within(listbox).queryByRole('option', { name: new RegExp(TEST_USER.name) })).toBeNull();
  });
});
