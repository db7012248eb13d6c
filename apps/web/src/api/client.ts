import { ErrorCode } from '@habeas/shared';
import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { paths } from './schema';

export { ApiError, isApiError } from './api-error';

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Kept in memory only (never in storage): the auth feature sets it after login or on session restore.
let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** Sets (or clears with null) the token sent as `x-csrf-token` on every mutation. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/**
 * Registers a callback run when the API answers 401 UNAUTHENTICATED (session missing or expired);
 * the app uses it to redirect to /login. 401 TOTP_REQUIRED / TOTP_INVALID belong to the login flow
 * and do not fire it. Returns a function that unregisters the callback.
 */
export function onUnauthenticated(callback: () => void): () => void {
  unauthenticatedListeners.add(callback);
  return () => {
    unauthenticatedListeners.delete(callback);
  };
}

export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && MUTATIONS.has(request.method.toUpperCase())) {
      request.headers.set('x-csrf-token', csrfToken);
    }
    return request;
  },
};

export const errorMiddleware: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return response;
    const error = await ApiError.fromResponse(response);
    if (error.statusCode === 401 && error.code === ErrorCode.UNAUTHENTICATED) {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  },
};

/**
 * The typed API client. Every non-2xx answer is thrown as an {@link ApiError}, so `data` is the
 * success body. `fetch` is looked up on each call (not captured once) so tests can replace it.
 * Relative URLs need a base outside browsers (Node's Request), hence the page origin.
 */
export const client = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: (request) => globalThis.fetch(request),
  credentials: 'include',
});
client.use(csrfMiddleware, errorMiddleware);
