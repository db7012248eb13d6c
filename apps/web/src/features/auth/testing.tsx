import type { CurrentUser, Role, SessionInfo } from '@habeas/shared';
import { notifications } from '@mantine/notifications';
import { act, configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { setCsrfToken } from '../../api/client';
import { AppProviders } from '../../app/AppProviders';
import { routes } from '../../app/router';
import { changeLanguage } from '../../i18n/i18n';
import { createTestQueryClient } from '../../test/render';
import { SessionContext, type SessionContextValue } from './session-context';

/** Test fixtures and helpers for pages behind the session (tests only). */

// A whole-app render checks the session, then loads the page's lazy chunk: on a busy 2-core CI
// machine that can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

export const TEST_USER: CurrentUser = {
  id: 'a7f3c9e2-4b1d-4e8a-9c2f-1d3e5b7a9c0e',
  email: 'aigerim@example.org',
  name: 'Aigerim Nurlanovna',
  role: 'coordinator',
  locale: 'en',
  totpEnabled: false,
  totpRequired: false,
  assignedCaseIds: [],
};

export function sessionInfo(user: Partial<CurrentUser> = {}): SessionInfo {
  return {
    user: { ...TEST_USER, ...user },
    csrfToken: 'csrf-test-token',
    expiresAt: '2099-01-01T00:00:00.000Z',
  };
}

/**
 * A signed-in session context for rendering one component without the API: wrap it in
 * <SessionContext.Provider value={signedInSession({ role: 'viewer' })}>.
 */
export function signedInSession(user: Partial<CurrentUser> = {}): SessionContextValue {
  const info = sessionInfo(user);
  return {
    status: 'authenticated',
    session: info,
    user: info.user,
    error: null,
    endReason: null,
    retry: () => undefined,
    signedIn: () => undefined,
    userUpdated: () => undefined,
    signOut: async () => undefined,
  };
}

/** The whole app (session, guard, shell, lazy pages) at `path`, in a memory router. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createTestQueryClient();
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, queryClient, ...view };
}

/** "/organisations?q=x" of the memory router. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
}

/** Between tests: no token, no notifications, English, nothing remembered. */
export async function resetAppState(): Promise<void> {
  setCsrfToken(null);
  act(() => notifications.clean());
  localStorage.clear();
  await changeLanguage('en');
  localStorage.clear();
}

/** One component (not the whole app) with a signed-in user (a role, or the user's fields), inside the app's providers. */
export function renderWithSession(ui: ReactElement, user: Role | Partial<CurrentUser> = 'coordinator') {
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  const signedIn = typeof user === 'string' ? { role: user } : user;
  return render(
    <AppProviders queryClient={createTestQueryClient()} env="test">
      <SessionContext.Provider value={signedInSession(signedIn)}>
        <RouterProvider router={router} />
      </SessionContext.Provider>
    </AppProviders>,
  );
}
