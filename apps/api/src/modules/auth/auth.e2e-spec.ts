import { createUser, login, TEST_PASSWORD } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { THROTTLE } from './login-throttle';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with the right password, sets an httpOnly cookie and audits the login', async () => {
    const user = await createUser(t, 'researcher');
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: user.email, role: 'researcher' });
    expect(res.body.csrfToken).toEqual(expect.any(String));
    expect(String(res.headers['set-cookie'])).toMatch(/habeas_session=.+HttpOnly.+SameSite=Strict/i);
    const audit = await t.prisma.auditEntry.findFirst({ where: { action: 'login', entityId: user.id } });
    expect(audit).not.toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const user = await createUser(t, 'viewer');
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'not the password at all' });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'whatever it is' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a malformed login body with 400 naming the field', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: '', extra: 1 });
    expect(res.status).toBe(400);
    const paths = res.body.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('refuses API calls without a session (401) and mutations without the CSRF token (403)', async () => {
    await t.http().get('/api/auth/me').expect(401);
    const session = await login(t, (await createUser(t, 'admin')).email);
    await session.get('/api/auth/me').expect(200);
    const res = await t.http().post('/api/auth/logout').set('cookie', session.cookie);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_FAILED');
  });

  it('stops a revoked session at once', async () => {
    const session = await login(t, (await createUser(t, 'coordinator')).email);
    await session.post('/api/auth/logout').expect(204);
    await session.get('/api/auth/me').expect(401);
  });

  it('logs out everywhere', async () => {
    const user = await createUser(t, 'viewer');
    const first = await login(t, user.email);
    const second = await login(t, user.email);
    await first.post('/api/auth/logout-everywhere').expect(204);
    await second.get('/api/auth/me').expect(401);
  });

  it(`locks further attempts after ${THROTTLE.maxFailuresPerAccount} wrong passwords, even with the right one`, async () => {
    const user = await createUser(t, 'viewer');
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong password ${i}` })
        .expect(401);
    }
    const locked = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('RATE_LIMITED');
    const failures = await t.prisma.auditEntry.count({
      where: { action: 'login_failed', entityId: user.id },
    });
    expect(failures).toBe(THROTTLE.maxFailuresPerAccount);
  });
});
