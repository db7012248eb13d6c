/** Sign-in, the session (who is signed in, their role), the route guard and sign-out. */
export { FullPageError, FullPageLoader } from './FullPageState';
export { LoginPage } from './LoginPage';
export { loginPath, safeNext } from './login-redirect';
export { RequireSession } from './RequireSession';
export { SessionProvider } from './SessionProvider';
export { SessionRoot } from './SessionRoot';
export {
  enableTotp,
  fetchSession,
  login,
  logout,
  logoutEverywhere,
  sessionQueryKey,
  setupTotp,
} from './session-api';
export type { SessionContextValue, SessionStatus } from './session-context';
export { TotpEnrolmentPage } from './TotpEnrolmentPage';
export { useCan, useCurrentUser, useSession } from './use-session';
