import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo } from '../auth/testing';
import { USER_ID, user } from './testing';

afterEach(resetAppState);

function adminApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'admin' })),
    'GET /api/users': () => jsonResponse({ items: [user()], total: 1, page: 1, pageSize: 25 }),
    'GET /api/users/:id': () => jsonResponse(user()),
    'GET /api/users/:id/sessions': () =>
      jsonResponse({
        items: [
          {
            createdAt: '2026-11-19T09:00:00.000Z',
            lastSeenAt: '2026-11-20T09:00:00.000Z',
            expiresAt: '2026-11-21T09:00:00.000Z',
            ipAddress: '203.0.113.7',
            userAgent: 'Firefox on Linux',
            totpVerified: false,
            current: false,
          },
        ],
      }),
    ...extra,
  });
}

describe('Users admin', () => {
  it('creates a user with a generated password, shown once with a copy button', async () => {
    const api = adminApi({
      'POST /api/users': ({ body }) =>
        jsonResponse(user({ ...(body as object), id: USER_ID, version: 1 }), 201),
    });
    const { router } = renderApp('/users/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Dana Seitkali');
    await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), 'Dana@Example.org');
    await userEvent.click(screen.getByRole('combobox', { name: /^Role/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Coordinator' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Require two-step verification/ }));
    expect(screen.getByRole('radio', { name: /Generate a strong password/ })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Create the account' }));

    const dialog = await screen.findByRole('dialog', { name: 'Account created for Dana Seitkali' });
    const body = api.callsTo('POST', '/api/users')[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      name: 'Dana Seitkali',
      email: 'dana@example.org',
      role: 'coordinator',
      totpRequired: true,
      locale: 'en',
    });
    expect(String(body.password)).toHaveLength(20);
    expect(within(dialog).getByText(String(body.password))).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy the password' })).toBeInTheDocument();
    expect(within(dialog).getByText(/shown only now/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(currentUrl(router)).toBe(`/users/${USER_ID}`));
  });

  it('shows a taken email at the field', async () => {
    adminApi({
      'POST /api/users': () =>
        apiError(409, 'ALREADY_EXISTS', 'An account with this email already exists', {
          fields: ['email'],
          issues: [{ path: 'body.email', message: 'is already used by another account' }],
        }),
    });
    renderApp('/users/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Dana');
    await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), 'dana@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Create the account' }));
    expect(await screen.findByText('An account with this email already exists.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits role and two-step requirement with the version read, resets a password and ends sessions', async () => {
    const api = adminApi({
      'PATCH /api/users/:id': ({ body }) => jsonResponse(user({ ...(body as object), version: 3 })),
      'POST /api/users/:id/password': () =>
        jsonResponse({ user: user({ version: 3 }), generatedPassword: 'Gen3rated-Pass-42xyz' }),
      'POST /api/users/:id/sessions/revoke': () => jsonResponse({ revoked: 1 }),
    });
    renderApp(`/users/${USER_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Seitkali' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: /^Role/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Coordinator' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Require two-step verification/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', `/api/users/${USER_ID}`)[0]?.body).toEqual({
        role: 'coordinator',
        totpRequired: true,
        version: 2,
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Reset password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the password of Dana Seitkali' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await within(dialog).findByText('Gen3rated-Pass-42xyz')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/users/${USER_ID}/password`)[0]?.body).toEqual({});
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));

    const sessions = screen.getByRole('region', { name: 'Open sessions' });
    expect(await within(sessions).findByText('Firefox on Linux')).toBeInTheDocument();
    await userEvent.click(within(sessions).getByRole('button', { name: 'End all sessions' }));
    const confirm = await screen.findByRole('dialog', { name: 'End all sessions?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'End all sessions' }));
    expect(await screen.findByText('Sessions ended for Dana Seitkali: 1')).toBeInTheDocument();
  });

  it('is for administrators only: no Users item in the navigation for others', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'coordinator' })) });
    renderApp('/users');
    expect(await screen.findByText(/Your role does not allow this/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });

  it('lists users with their role and state', async () => {
    adminApi();
    renderApp('/users');
    const link = await screen.findByRole('link', { name: 'Dana Seitkali' });
    expect(link).toHaveAttribute('href', `/users/${USER_ID}`);
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Users' })).toBeInTheDocument();
  });
});
