import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../i18n/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/languages';
import { apiError, mockApi } from '../../test/api-mock';
import { jsonResponse } from '../../test/render';
import { currentUrl, renderApp, resetAppState, sessionInfo, TEST_USER } from '../auth/testing';

afterEach(resetAppState);

function accountApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo()),
    'PATCH /api/auth/me': ({ body }) => jsonResponse({ ...TEST_USER, ...(body as object) }),
    ...extra,
  });
}

describe('AccountPage', () => {
  it('saves the name and the language on the account, and switches the interface', async () => {
    const api = accountApi();
    renderApp('/account');
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Aigerim N.');
    await userEvent.click(screen.getByRole('combobox', { name: /Interface language/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Қазақша' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.callsTo('PATCH', '/api/auth/me')[0]?.body).toEqual({ name: 'Aigerim N.', locale: 'kk' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Менің есептік жазбам' }),
    ).toBeInTheDocument();
    // The header shows the new name at once.
    expect(screen.getByRole('button', { name: /Aigerim N\./ })).toBeInTheDocument();
  });

  it('the header language switcher also saves the choice on the account', async () => {
    const api = accountApi();
    renderApp('/account');
    await screen.findByRole('heading', { level: 1, name: 'My account' });
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Language' })).getByRole('radio', { name: 'Русский' }),
    );
    await waitFor(() => expect(api.callsTo('PATCH', '/api/auth/me')[0]?.body).toEqual({ locale: 'ru' }));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
  });

  it('shows the account language on sign-in when none was chosen on this device', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse(sessionInfo({ locale: 'ru' })) });
    renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Моя учётная запись' })).toBeInTheDocument();
    expect(i18n.language).toBe('ru');
    // Following the account is not a choice made on this device.
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('changes the password: both new ones must match; the API checks the current one', async () => {
    const api = accountApi({
      'POST /api/auth/password': ({ body }) =>
        (body as { currentPassword: string }).currentPassword === 'right'
          ? new Response(null, { status: 204 })
          : apiError(400, 'VALIDATION_FAILED', 'Invalid', {
              issues: [{ path: 'body.currentPassword', message: 'is not your current password' }],
            }),
    });
    renderApp('/account');
    const section = within(await screen.findByRole('region', { name: 'Password' }));
    await userEvent.type(section.getByLabelText(/^Current password/), 'wrong');
    await userEvent.type(section.getByLabelText(/^New password$|^New password \*/), 'correct horse battery');
    await userEvent.type(section.getByLabelText(/^New password again/), 'correct horse batery');
    await userEvent.click(section.getByRole('button', { name: 'Change password' }));
    expect(await section.findByText('The two new passwords differ')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/auth/password')).toHaveLength(0);

    await userEvent.clear(section.getByLabelText(/^New password again/));
    await userEvent.type(section.getByLabelText(/^New password again/), 'correct horse battery');
    await userEvent.click(section.getByRole('button', { name: 'Change password' }));
    expect(await section.findByText(/is not your current password/)).toBeInTheDocument();

    await userEvent.clear(section.getByLabelText(/^Current password/));
    await userEvent.type(section.getByLabelText(/^Current password/), 'right');
    await userEvent.click(section.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/auth/password').at(-1)?.body).toEqual({
      currentPassword: 'right',
      newPassword: 'correct horse battery',
    });
  });

  it('sets up two-step verification: the secret for manual entry, the otpauth link, then a code', async () => {
    const uri = 'otpauth://totp/Habeas:aigerim%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Habeas';
    const api = accountApi({
      'POST /api/auth/totp/setup': () => jsonResponse({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: uri }),
      'POST /api/auth/totp/enable': ({ body }) =>
        (body as { code: string }).code === '123456'
          ? jsonResponse({ ...TEST_USER, totpEnabled: true })
          : apiError(400, 'VALIDATION_FAILED', 'Invalid', {
              issues: [{ path: 'body.code', message: 'is wrong or has expired' }],
            }),
    });
    renderApp('/account');
    const section = within(await screen.findByRole('region', { name: 'Two-step verification' }));
    await userEvent.click(section.getByRole('button', { name: 'Set up two-step verification' }));
    expect(await section.findByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    expect(section.getByRole('link', { name: 'Open in the authenticator app' })).toHaveAttribute('href', uri);
    expect(section.getByRole('button', { name: 'Copy the secret key' })).toBeInTheDocument();

    const code = section.getByRole('textbox', { name: /Code from the app/ });
    await userEvent.type(code, '12345');
    await userEvent.click(section.getByRole('button', { name: 'Turn on' }));
    expect(await section.findByText('Enter the 6 digits')).toBeInTheDocument();
    await userEvent.clear(code);
    await userEvent.type(code, '654321');
    await userEvent.click(section.getByRole('button', { name: 'Turn on' }));
    expect(await section.findByText(/The code is wrong or has expired/)).toBeInTheDocument();
    await userEvent.clear(code);
    await userEvent.type(code, '123 456');
    await userEvent.click(section.getByRole('button', { name: 'Turn on' }));
    expect(await section.findByText('On')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/auth/totp/enable').at(-1)?.body).toEqual({ code: '123456' });
  });

  it('logs out everywhere after confirmation', async () => {
    const api = accountApi({ 'POST /api/auth/logout-everywhere': () => new Response(null, { status: 204 }) });
    const { router } = renderApp('/account');
    const section = within(await screen.findByRole('region', { name: 'Sessions' }));
    await userEvent.click(section.getByRole('button', { name: 'Log out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log out everywhere?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Log out everywhere' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/login'));
    expect(api.callsTo('POST', '/api/auth/logout-everywhere')).toHaveLength(1);
  });

  it('is reachable from the user menu, which also leads to the system status', async () => {
    accountApi();
    const { router } = renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await userEvent.click(screen.getByRole('button', { name: 'User menu: Aigerim Nurlanovna' }));
    expect(await screen.findByRole('menuitem', { name: 'System status' })).toHaveAttribute('href', '/system');
    await userEvent.click(screen.getByRole('menuitem', { name: 'My account' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/account'));
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
  });
});
