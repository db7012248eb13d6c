import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getCsrfToken } from '../../api/client';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { loginPath } from './login-redirect';
import { currentUrl, renderApp, resetAppState, sessionInfo } from './testing';

const page = { items: [], total: 0, page: 1, pageSize: 25 };

afterEach(resetAppState);

describe('session and route guard', () => {
  it('shows a full-page loader while the session is checked, then the page', async () => {
    let answer: (r: Response) => void = () => {};
    mockApi({
      'GET /api/auth/me': () => new Promise<Response>((resolve) => (answer = resolve)),
      'GET /api/organisations': () => jsonResponse(page),
    });
    renderApp('/organisations');
    expect(await screen.findByRole('status')).toHaveTextContent('Checking your session…');
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).not.toBeInTheDocument();

    answer(jsonResponse(sessionInfo()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(getCsrfToken()).toBe('csrf-test-token');
  });

  it('sends a visitor without a session to /login?next=<where they were going>', async () => {
    mockApi({ 'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED', 'Sign in') });
    const { router } = renderApp('/organisations?type=court&page=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/login?next=${encodeURIComponent('/organisations?type=court&page=2')}`);
    // Nobody was signed in: no "session ended" message.
    expect(screen.queryByText('Your session has ended')).not.toBeInTheDocument();
  });

  it('offers to retry when the session cannot be checked (server down)', async () => {
    let calls = 0;
    mockApi({
      'GET /api/auth/me': () => {
        calls += 1;
        return calls === 1 ? apiError(503, 'SERVICE_UNAVAILABLE', 'down') : jsonResponse(sessionInfo());
      },
      'GET /api/organisations': () => jsonResponse(page),
    });
    renderApp('/organisations');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not check your session');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
  });

  it('ends the session when any query answers 401: a message, then /login?next=', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'GET /api/organisations': () => apiError(401, 'UNAUTHENTICATED', 'Your session has expired'),
    });
    const { router, queryClient } = renderApp('/organisations?q=zhanaozen');

    expect(await screen.findByText('Your session has ended')).toBeInTheDocument();
    expect(screen.getByText('Sign in again to continue where you were.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/login?next=${encodeURIComponent('/organisations?q=zhanaozen')}`);
    expect(getCsrfToken()).toBeNull();
    // Nothing the user saw stays cached for the next person at this computer.
    await waitFor(() =>
      expect(queryClient.getQueryCache().findAll({ queryKey: ['organisations'] })).toHaveLength(0),
    );
  });
});

describe('two-step verification required by an administrator', () => {
  it('explains that it must be set up before anything else, and offers to log out', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo({ totpRequired: true, totpEnabled: false })),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp('/organisations');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up two-step verification' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/login'));
  });

  it('sets it up: a key for the app, a code to prove it, then the app opens', async () => {
    const info = sessionInfo({ totpRequired: true, totpEnabled: false });
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(info),
      'POST /api/auth/totp/setup': () =>
        jsonResponse({
          secret: 'JBSWY3DPEHPK3PXP',
          otpauthUri: 'otpauth://totp/Habeas:aigerim%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Habeas',
        }),
      'POST /api/auth/totp/enable': ({ body }) =>
        (body as { code: string }).code === '246810'
          ? jsonResponse({ ...info.user, totpEnabled: true })
          : apiError(400, 'VALIDATION_FAILED', 'Invalid body.code', {
              issues: [{ path: 'body.code', message: 'is wrong or has expired' }],
            }),
      'GET /api/organisations': () => jsonResponse(page),
    });
    renderApp('/organisations');
    await userEvent.click(await screen.findByRole('button', { name: 'Start set-up' }));

    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in an authenticator app' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^otpauth:\/\/totp\//),
    );
    const code = screen.getByRole('textbox', { name: /authentication code/i });
    await waitFor(() => expect(code).toHaveFocus());

    await userEvent.type(code, '111111{Enter}');
    expect(
      await screen.findByText('The code is wrong or has expired. Enter the current code.'),
    ).toBeInTheDocument();

    await userEvent.clear(code);
    await userEvent.type(code, '246 810{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(
      screen.getByText('Two-step verification is on. From now on, signing in asks for a code.'),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/auth/totp/enable').map((c) => c.body)).toEqual([
      { code: '111111' },
      { code: '246810' },
    ]);
  });
});

describe('user menu', () => {
  async function openMenu() {
    await userEvent.click(await screen.findByRole('button', { name: 'User menu: Aigerim Nurlanovna' }));
    return screen.findByRole('menu');
  }

  it('shows the name, email and role, and switches the language', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo({ role: 'researcher' })) });
    renderApp('/no/such/page');
    const menu = await openMenu();
    expect(menu).toHaveTextContent('Aigerim Nurlanovna');
    expect(menu).toHaveTextContent('aigerim@example.org');
    expect(menu).toHaveTextContent('Role: Researcher');
    expect(within(menu).getByRole('menuitemradio', { name: 'English' })).toHaveAttribute(
      'aria-checked',
      'true',
    );

    await userEvent.click(within(menu).getByRole('menuitemradio', { name: 'Қазақша' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Бет табылмады' })).toBeInTheDocument();
    expect(localStorage.getItem('habeas.language')).toBe('kk');
  });

  it('logs out: POST /api/auth/logout, then /login without next', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
      'GET /api/organisations': () => jsonResponse(page),
    });
    const { router } = renderApp('/organisations');
    await screen.findByRole('heading', { level: 1, name: 'Organisations' });
    const menu = await openMenu();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/login');
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
    expect(screen.queryByText('Your session has ended')).not.toBeInTheDocument();
    const [logout] = api.callsTo('POST', '/api/auth/logout');
    expect(logout?.request.headers.get('x-csrf-token')).toBe('csrf-test-token');
    expect(getCsrfToken()).toBeNull();
  });

  it('logs out everywhere', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'POST /api/auth/logout-everywhere': () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp('/no/such/page');
    const menu = await openMenu();
    await userEvent.click(within(menu).getByRole('menuitem', { name: /Log out everywhere/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/login'));
    expect(api.callsTo('POST', '/api/auth/logout-everywhere')).toHaveLength(1);
  });

  it('stays signed in and says so when logging out fails', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse(sessionInfo()),
      'POST /api/auth/logout': () => apiError(500, 'INTERNAL_ERROR', 'boom'),
    });
    const { router } = renderApp('/no/such/page');
    const menu = await openMenu();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Log out' }));
    expect(await screen.findByText('Could not sign out')).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/no/such/page');
  });
});

describe('loginPath', () => {
  it('keeps where the user was, except the start page', () => {
    expect(loginPath({ pathname: '/cases', search: '?page=2' })).toBe('/login?next=%2Fcases%3Fpage%3D2');
    expect(loginPath({ pathname: '/' })).toBe('/login');
  });
});
