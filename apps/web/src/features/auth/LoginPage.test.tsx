import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getCsrfToken } from '../../api/client';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { safeNext } from './login-redirect';
import { currentUrl, renderApp, resetAppState, sessionInfo } from './testing';

const emptyPage = { items: [], total: 0, page: 1, pageSize: 25 };

afterEach(resetAppState);

async function fillCredentials(email = 'Aigerim@Example.org ', password = 'correct horse') {
  const emailInput = await screen.findByRole('textbox', { name: /email/i });
  await userEvent.type(emailInput, email);
  await userEvent.type(screen.getByLabelText(/password/i, { selector: 'input' }), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('signs in and goes back to the page in ?next=', async () => {
    const api = mockApi({
      'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED', 'Sign in'),
      'POST /api/auth/login': () => jsonResponse(sessionInfo()),
      'GET /api/organisations': () => jsonResponse(emptyPage),
    });
    const { router } = renderApp(`/login?next=${encodeURIComponent('/organisations?q=kozlov')}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Habeas');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /email/i })).toHaveFocus());

    await fillCredentials();

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/organisations?q=kozlov');
    // The shared schema trims and lowercases the email before it is sent.
    expect(api.callsTo('POST', '/api/auth/login')[0]?.body).toEqual({
      email: 'aigerim@example.org',
      password: 'correct horse',
    });
    expect(getCsrfToken()).toBe('csrf-test-token');
    expect(screen.getByRole('button', { name: 'User menu: Aigerim Nurlanovna' })).toBeInTheDocument();
  });

  it('says when the email or password is wrong, and lets the user try again', async () => {
    mockApi({
      'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED', 'Sign in'),
      'POST /api/auth/login': () => apiError(401, 'UNAUTHENTICATED', 'The email or password is wrong'),
    });
    const { router } = renderApp('/login');
    await fillCredentials('aigerim@example.org', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is wrong.');
    const password = screen.getByLabelText(/password/i, { selector: 'input' });
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /email/i })).toHaveValue('aigerim@example.org');
    expect(currentUrl(router)).toBe('/login');
  });

  it('shows the shared schema messages at the fields before sending anything', async () => {
    const api = mockApi({ 'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED', 'Sign in') });
    renderApp('/login');
    await userEvent.type(await screen.findByRole('textbox', { name: /email/i }), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter an email address such as name@example.org')).toBeInTheDocument();
    expect(screen.getByText('Required')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /email/i })).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('asks for the authenticator code when the API answers TOTP_REQUIRED', async () => {
    const codes: unknown[] = [];
    const api = mockApi({
      'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED', 'Sign in'),
      'POST /api/auth/login': ({ body }) => {
        const { totpCode } = body as { totpCode?: string };
        codes.push(totpCode);
        if (!totpCode) return apiError(401, 'TOTP_REQUIRED', 'Enter the 6-digit code');
        if (totpCode !== '654321') return apiError(401, 'TOTP_INVALID', 'The code is wrong');
        return jsonResponse(sessionInfo());
      },
      'GET /api/health': () => apiError(503, 'SERVICE_UNAVAILABLE', 'down'),
    });
    const { router } = renderApp('/login');
    await fillCredentials('aigerim@example.org', 'correct horse');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two-step verification' }),
    ).toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: /authentication code/i });
    await waitFor(() => expect(code).toHaveFocus());
    expect(screen.getByText('Signing in as aigerim@example.org')).toBeInTheDocument();

    // Checked by the shared schema first: five digits never reach the API.
    await userEvent.type(code, '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByText('Enter the 6 digits')).toBeInTheDocument();
    expect(codes).toEqual([undefined]);

    await userEvent.clear(code);
    await userEvent.type(code, '111 111');
    await userEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(
      await screen.findByText('The code is wrong or has expired. Enter the current code.'),
    ).toBeInTheDocument();
    expect(code).toHaveFocus();

    await userEvent.clear(code);
    await userEvent.type(code, '654321{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
    expect(codes).toEqual([undefined, '111111', '654321']);
    expect(api.callsTo('POST', '/api/auth/login')[2]?.body).toEqual({
      email: 'aigerim@example.org',
      password: 'correct horse',
      totpCode: '654321',
    });
  });

  it('can go back from the code step to another account', async () => {
    mockApi({
      'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED', 'Sign in'),
      'POST /api/auth/login': () => apiError(401, 'TOTP_REQUIRED', 'Enter the 6-digit code'),
    });
    renderApp('/login');
    await fillCredentials('aigerim@example.org', 'pw');
    await userEvent.click(await screen.findByRole('button', { name: /use another account/i }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /email/i })).toHaveValue('aigerim@example.org');
  });

  it('says so when there were too many attempts', async () => {
    mockApi({
      'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED', 'Sign in'),
      'POST /api/auth/login': () => apiError(429, 'RATE_LIMITED', 'Too many failed attempts'),
    });
    renderApp('/login');
    await fillCredentials('aigerim@example.org', 'pw');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Wait a few minutes');
  });
});

describe('safeNext', () => {
  it('accepts only paths inside the app', () => {
    expect(safeNext('/organisations?q=a')).toBe('/organisations?q=a');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
  });
});
