/**
 * Where to go after signing in. Only a path inside this app is accepted: `next` comes from the
 * URL, and a link such as /login?next=https://evil.example must not send the user elsewhere.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  return next;
}

/** /login?next=<where the user was>, or plain /login when they were at the start page. */
export function loginPath(location: { pathname: string; search?: string; hash?: string }): string {
  const here = `${location.pathname}${location.search ?? ''}${location.hash ?? ''}`;
  if (here === '/' || here.startsWith('/login')) return '/login';
  return `/login?next=${encodeURIComponent(here)}`;
}
