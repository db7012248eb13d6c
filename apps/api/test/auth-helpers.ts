/**
 * Logged-in HTTP clients for integration tests: real users in the test
 * database, real login, real session cookie and CSRF token.
 */
import type { Role } from '@habeas/shared';
import request from 'supertest';
import { hashPassword } from '../src/modules/auth/passwords';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface UserSession {
  userId: string;
  email: string;
  role: Role;
  csrfToken: string;
  cookie: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string, body?: object): request.Test;
}

let passwordHash: Promise<string> | undefined;

export async function createUser(
  t: TestApp,
  role: Role,
  overrides: { email?: string; name?: string; totpRequired?: boolean } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  return t.prisma.user.create({
    data: {
      email,
      name: overrides.name ?? `Test ${role}`,
      role,
      passwordHash: await passwordHash,
      totpRequired: overrides.totpRequired ?? false,
    },
  });
}

export async function login(
  t: TestApp,
  email: string,
  password = TEST_PASSWORD,
  totpCode?: string,
): Promise<UserSession> {
  const res = await t
    .http()
    .post('/api/auth/login')
    .send({ email, password, ...(totpCode ? { totpCode } : {}) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  const csrfToken: string = res.body.csrfToken;
  const send = (method: 'get' | 'post' | 'put' | 'patch' | 'delete') => (path: string, body?: object) => {
    const req = t.http()[method](path).set('cookie', cookie).set('x-csrf-token', csrfToken);
    return body === undefined ? req : req.send(body);
  };
  return {
    userId: res.body.user.id,
    email,
    role: res.body.user.role,
    csrfToken,
    cookie,
    get: (path) => t.http().get(path).set('cookie', cookie),
    post: send('post'),
    put: send('put'),
    patch: send('patch'),
    delete: send('delete'),
  };
}

/** A new user of the role, logged in. */
export async function loginAs(t: TestApp, role: Role): Promise<UserSession> {
  const user = await createUser(t, role);
  return login(t, user.email);
}
