import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'habeas_session';

/** A new random session token (sent to the browser) and its hash (stored: a leaked table reveals no sessions). */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}
