import type { CurrentUser, SessionInfo } from '@habeas/shared';
import { createContext } from 'react';

export type SessionStatus = 'loading' | 'authenticated' | 'unauthenticated' | 'error';

export interface SessionContextValue {
  status: SessionStatus;
  session: SessionInfo | null;
  user: CurrentUser | null;
  /** Why the checking of the session failed (network, 5xx) when status is 'error'. */
  error: unknown;
  /** How the last session ended: after "Log out" the login page opens without a `next`. */
  endReason: 'signed-out' | 'expired' | null;
  retry: () => void;
  /** After a successful login. */
  signedIn: (info: SessionInfo) => void;
  /** The API returned the user changed (e.g. after enabling two-step verification). */
  userUpdated: (user: CurrentUser) => void;
  /** Ends the session on the server (and everywhere, if asked), then here. */
  signOut: (options?: { everywhere?: boolean }) => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
