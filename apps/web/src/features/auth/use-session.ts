import { type Action, type CurrentUser, can, type Subject } from '@habeas/shared';
import { useContext } from 'react';
import { SessionContext, type SessionContextValue } from './session-context';

/** The session: status, the signed-in user, sign in / sign out. Needs <SessionProvider> above. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
}

/** The signed-in user, for pages behind <RequireSession> (where there always is one). */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser() is for pages behind <RequireSession>');
  return user;
}

/**
 * Whether the signed-in user's role allows an action (the shared policy the API enforces). Use it
 * to hide buttons; the API still decides (a researcher may edit only their own catalogue entries).
 */
export function useCan(): (action: Action, subject: Subject) => boolean {
  const { user } = useSession();
  return (action, subject) => (user ? can(user.role, action, subject) : false);
}
