import type { CurrentUser, SessionInfo } from '@habeas/shared';
import { notifications } from '@mantine/notifications';
import { IconClockX, IconLogout } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, onUnauthenticated, setCsrfToken } from '../../api/client';
import { fetchSession, isNotSessionQuery, logout, logoutEverywhere, sessionQueryKey } from './session-api';
import { SessionContext, type SessionContextValue, type SessionStatus } from './session-context';

/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Knows who is signed in: asks GET /api/auth/me once at start, then follows login, logout and
 * expiry. When any request answers 401 UNAUTHENTICATED while signed in (the session expired or was
 * ended on another device), it says "Your session has ended" and <RequireSession> sends the user to
 * /login?next=<where they were>. Lives inside the router (see app/router.tsx).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [endReason, setEndReason] = useState<SessionContextValue['endReason']>(null);
  const signingOut = useRef(false);

  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: fetchSession,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

  const end = useCallback(
    (reason: 'signed-out' | 'expired') => {
      setCsrfToken(null);
      setEndReason(reason);
      queryClient.setQueryData(sessionQueryKey, null);
      if (reason === 'expired') {
        notifications.show({
          id: 'session-ended',
          title: t('auth.sessionEnded'),
          message: t('auth.sessionEndedHint'),
          color: 'orange.9',
          icon: <IconClockX size={18} aria-hidden />,
          autoClose: 10_000,
        });
      } else {
        notifications.show({
          id: 'signed-out',
          message: t('auth.signedOut'),
          icon: <IconLogout size={18} aria-hidden />,
        });
      }
    },
    [queryClient, t],
  );

  // Any 401 UNAUTHENTICATED while signed in: the session is over.
  useEffect(
    () =>
      onUnauthenticated(() => {
        if (signingOut.current) return;
        if (queryClient.getQueryData<SessionInfo | null>(sessionQueryKey)) end('expired');
      }),
    [queryClient, end],
  );

  // Ask again when the session is due to expire, so an idle page learns it is signed out.
  const expiresAt = query.data?.expiresAt;
  const refetch = query.refetch;
  useEffect(() => {
    if (!expiresAt) return;
    const wait = Math.min(Math.max(Date.parse(expiresAt) - Date.now() + 1_000, 0), MAX_TIMER_MS);
    const timer = setTimeout(() => void refetch(), wait);
    return () => clearTimeout(timer);
  }, [expiresAt, refetch]);

  const signedIn = useCallback(
    (info: SessionInfo) => {
      setCsrfToken(info.csrfToken);
      setEndReason(null);
      // Nothing cached for a previous user may show to this one.
      queryClient.removeQueries({ predicate: isNotSessionQuery });
      queryClient.setQueryData(sessionQueryKey, info);
    },
    [queryClient],
  );

  const userUpdated = useCallback(
    (user: CurrentUser) => {
      queryClient.setQueryData<SessionInfo | null>(sessionQueryKey, (current) =>
        current ? { ...current, user } : current,
      );
    },
    [queryClient],
  );

  const signOut = useCallback(
    async ({ everywhere = false }: { everywhere?: boolean } = {}) => {
      signingOut.current = true;
      try {
        await (everywhere ? logoutEverywhere() : logout());
      } catch (error) {
        // Already signed out on the server: finish here too. Anything else: stay signed in and say so.
        if (!(isApiError(error) && error.statusCode === 401)) throw error;
      } finally {
        signingOut.current = false;
      }
      end('signed-out');
    },
    [end],
  );

  const value = useMemo<SessionContextValue>(() => {
    let status: SessionStatus;
    if (query.data) status = 'authenticated';
    else if (query.data === null) status = 'unauthenticated';
    else if (query.isError) status = 'error';
    else status = 'loading';
    return {
      status,
      session: query.data ?? null,
      user: query.data?.user ?? null,
      error: query.error,
      endReason,
      retry: () => void refetch(),
      signedIn,
      userUpdated,
      signOut,
    };
  }, [query.data, query.isError, query.error, endReason, refetch, signedIn, userUpdated, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
