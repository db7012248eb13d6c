import {
  type CurrentUser,
  CurrentUserSchema,
  type LoginInput,
  type SessionInfo,
  SessionInfoSchema,
  type TotpSetup,
  TotpSetupSchema,
} from '@habeas/shared';
import { client, isApiError, setCsrfToken } from '../../api/client';

/** The one cache entry for "who is signed in": SessionInfo, or null when nobody is. */
export const sessionQueryKey = ['session'] as const;

/** Whether a cached query is something other than the session (cleared when the user changes). */
export function isNotSessionQuery(query: { queryKey: readonly unknown[] }): boolean {
  return query.queryKey[0] !== sessionQueryKey[0];
}

/**
 * GET /api/auth/me: the session behind the httpOnly cookie, or null when there is none (401). The
 * CSRF token is kept by the API client (in memory only) for every later mutation.
 */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const { data } = await client.GET('/api/auth/me');
    const info = SessionInfoSchema.parse(data);
    setCsrfToken(info.csrfToken);
    return info;
  } catch (error) {
    if (isApiError(error) && error.statusCode === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * POST /api/auth/login. Rejects with an ApiError: UNAUTHENTICATED (wrong email or password),
 * TOTP_REQUIRED (ask for the code and send again), TOTP_INVALID, RATE_LIMITED.
 */
export async function login(input: LoginInput): Promise<SessionInfo> {
  const { data } = await client.POST('/api/auth/login', { body: input });
  const info = SessionInfoSchema.parse(data);
  setCsrfToken(info.csrfToken);
  return info;
}

export async function logout(): Promise<void> {
  await client.POST('/api/auth/logout');
}

/** Ends every session of the user, on every device. */
export async function logoutEverywhere(): Promise<void> {
  await client.POST('/api/auth/logout-everywhere');
}

/** Starts two-step enrolment: a new secret (and its otpauth:// URI), not active until enabled. */
export async function setupTotp(): Promise<TotpSetup> {
  const { data } = await client.POST('/api/auth/totp/setup');
  return TotpSetupSchema.parse(data);
}

/** Turns two-step verification on, proven by a code from the app; answers the updated user. */
export async function enableTotp(code: string): Promise<CurrentUser> {
  const { data } = await client.POST('/api/auth/totp/enable', { body: { code } });
  return CurrentUserSchema.parse(data);
}
