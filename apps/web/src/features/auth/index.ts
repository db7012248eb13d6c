/** Sign-in, the session (who is signed in, their role), the route guard and sign-out. */
export { FullPageError, FullPageLoader, TotpEnrolmentRequired } from './FullPageState';
export { LoginPage } from './LoginPage';
export { loginPath, safeNext } from './login-redirect';
export { RequireSession } from './RequireSession';
export { SessionProvider } from './SessionProvider';
export { SessionRoot } from './SessionRoot';
export { fetchSession, login, logout, logoutEverywhere, sessionQueryKey } from './session-api';
export type { SessionContextValue, SessionStatus } from './session-context';
export { useCan, useCurrentUser, useSession } from './use-session';
