import { createUser, login, loginAs, TEST_PASSWORD, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { totpCode } from '../auth/totp';

describe('users administration and own account', () => {
  let t: TestApp;
  let admin: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `Someone.${Math.random().toString(36).slice(2, 8)}@Example.org`,
    name: 'Aigerim Researcher',
    role: 'researcher',
    password: 'a long enough passphrase',
    ...overrides,
  });

  /** Every audit entry about a user, serialised: secrets must never be in it. */
  const auditText = async (userId: string) =>
    JSON.stringify(await t.prisma.auditEntry.findMany({ where: { entityId: userId } }), (_k, v) =>
      typeof v === 'bigint' ? v.toString() : v,
    );

  it('creates an account with a lowercased email, lists it, and audits it without the password', async () => {
    const input = newUser();
    const res = await admin.post('/api/users', input).expect(201);
    expect(res.body).toMatchObject({
      email: input.email.toLowerCase(),
      role: 'researcher',
      active: true,
      locale: 'en',
      totpEnabled: false,
      version: 1,
    });
    expect(res.body).not.toHaveProperty('passwordHash');
    await admin.get(`/api/users/${res.body.id}`).expect(200);
    const list = await admin.get(`/api/users?q=${encodeURIComponent(input.email.slice(0, 10))}`).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([res.body.id]);
    const audit = await auditText(res.body.id);
    expect(audit).toContain('"action":"create"');
    expect(audit).not.toContain(input.password);
    expect(audit).not.toMatch(/passwordHash|argon2/);
    // The new account works.
    await login(t, input.email.toLowerCase(), input.password);
  });

  it('refuses a taken email (409), a weak password (400 body.password) and unknown fields', async () => {
    const input = newUser();
    await admin.post('/api/users', input).expect(201);
    const taken = await admin.post('/api/users', { ...input, email: input.email.toUpperCase() }).expect(409);
    expect(taken.body.code).toBe('ALREADY_EXISTS');
    for (const password of ['short', 'password1234', 'aaaaaaaaaaaaaaa']) {
      const weak = await admin.post('/api/users', newUser({ password })).expect(400);
      expect(weak.body.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.password']);
    }
    const odd = await admin.post('/api/users', newUser({ isRoot: true, role: 'god' })).expect(400);
    const paths = odd.body.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.isRoot', 'body.role']));
  });

  it('forbids every account operation to non-administrators (403)', async () => {
    const target = await createUser(t, 'viewer');
    for (const role of ['coordinator', 'researcher', 'viewer'] as const) {
      const session = await loginAs(t, role);
      await session.get('/api/users').expect(403);
      await session.get(`/api/users/${target.id}`).expect(403);
      await session.post('/api/users', newUser()).expect(403);
      await session.patch(`/api/users/${target.id}`, { version: 1, role: 'admin' }).expect(403);
      await session.post(`/api/users/${target.id}/password`, {}).expect(403);
    }
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('viewer');
  });

  it('updates name, role and locale with a version check (stale version: 409 with the current record)', async () => {
    const created = (await admin.post('/api/users', newUser()).expect(201)).body;
    const updated = await admin
      .patch(`/api/users/${created.id}`, { version: 1, role: 'coordinator', locale: 'kk', name: 'Aigerim' })
      .expect(200);
    expect(updated.body).toMatchObject({ role: 'coordinator', locale: 'kk', name: 'Aigerim', version: 2 });
    const stale = await admin.patch(`/api/users/${created.id}`, { version: 1, role: 'viewer' }).expect(409);
    expect(stale.body.details.current).toMatchObject({ role: 'coordinator', version: 2 });
    await admin.patch(`/api/users/${created.id}`, { version: 2, locale: 'de' }).expect(400);
  });

  it('deactivation ends the user’s sessions at once and blocks new logins', async () => {
    const user = await createUser(t, 'coordinator');
    const first = await login(t, user.email);
    const second = await login(t, user.email);
    await first.get('/api/auth/me').expect(200);
    const res = await admin.post(`/api/users/${user.id}/deactivate`, { version: 1 }).expect(200);
    expect(res.body.active).toBe(false);
    await first.get('/api/auth/me').expect(401);
    await second.get('/api/organisations').expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    // Reactivated, the account works again (the old sessions stay ended).
    await admin.patch(`/api/users/${user.id}`, { version: 2, active: true }).expect(200);
    await first.get('/api/auth/me').expect(401);
    await login(t, user.email);
  });

  it('keeps at least one active administrator', async () => {
    const only = await t.prisma.user.findMany({ where: { role: 'admin', active: true } });
    // Other admins may exist in this database; demote them all but ours for the check.
    const others = only.filter((u) => u.id !== admin.userId);
    await t.prisma.user.updateMany({
      where: { id: { in: others.map((u) => u.id) } },
      data: { active: false },
    });
    const me = (await admin.get(`/api/users/${admin.userId}`).expect(200)).body;
    const res = await admin
      .patch(`/api/users/${admin.userId}`, { version: me.version, role: 'viewer' })
      .expect(400);
    expect(res.body.details.issues[0].path).toBe('body.role');
    await t.prisma.user.updateMany({
      where: { id: { in: others.map((u) => u.id) } },
      data: { active: true },
    });
  });

  it('resets a password (given or generated once), unlocks the account and ends its sessions', async () => {
    const user = await createUser(t, 'researcher');
    const session = await login(t, user.email);
    await t.prisma.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 10, lockedUntil: new Date(Date.now() + 3600_000) },
    });
    const given = await admin
      .post(`/api/users/${user.id}/password`, { password: 'the admin chose this one' })
      .expect(200);
    expect(given.body.generatedPassword).toBeNull();
    expect(given.body.user.lockedUntil).toBeNull();
    await session.get('/api/auth/me').expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await login(t, user.email, 'the admin chose this one');

    const generated = await admin.post(`/api/users/${user.id}/password`, {}).expect(200);
    const password: string = generated.body.generatedPassword;
    expect(password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    await login(t, user.email, password);
    await admin.post(`/api/users/${user.id}/password`, { password: 'short' }).expect(400);
    const audit = await auditText(user.id);
    expect(audit).not.toContain(password);
    expect(audit).not.toContain('the admin chose this one');
  });

  it('lists a user’s open sessions and revokes them all', async () => {
    const user = await createUser(t, 'viewer');
    const a = await login(t, user.email);
    await login(t, user.email);
    const list = await admin.get(`/api/users/${user.id}/sessions`).expect(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0]).not.toHaveProperty('id');
    const revoked = await admin.post(`/api/users/${user.id}/sessions/revoke`).expect(200);
    expect(revoked.body.revoked).toBe(2);
    await a.get('/api/auth/me').expect(401);
    expect((await admin.get(`/api/users/${user.id}/sessions`).expect(200)).body.items).toHaveLength(0);
    await admin.get('/api/users/00000000-0000-4000-8000-000000000000/sessions').expect(404);
  });

  describe('own account', () => {
    it('changes its own name and remembered locale', async () => {
      const me = await loginAs(t, 'viewer');
      const res = await me.patch('/api/auth/me', { name: 'Меруерт', locale: 'ru' }).expect(200);
      expect(res.body).toMatchObject({ name: 'Меруерт', locale: 'ru' });
      const again = await login(t, me.email);
      expect((await again.get('/api/auth/me').expect(200)).body.user.locale).toBe('ru');
      await me.patch('/api/auth/me', { locale: 'fr' }).expect(400);
      await me.patch('/api/auth/me', { role: 'admin' }).expect(400);
    });

    it('changes its own password with the current one; other sessions end', async () => {
      const me = await loginAs(t, 'researcher');
      const other = await login(t, me.email);
      const wrong = await me
        .post('/api/auth/password', {
          currentPassword: 'not it at all',
          newPassword: 'a brand new passphrase',
        })
        .expect(400);
      expect(wrong.body.details.issues[0].path).toBe('body.currentPassword');
      const weak = await me
        .post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'qwerty123456' })
        .expect(400);
      expect(weak.body.details.issues[0].path).toBe('body.newPassword');
      await me
        .post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })
        .expect(204);
      await me.get('/api/auth/me').expect(200);
      await other.get('/api/auth/me').expect(401);
      await login(t, me.email, 'a brand new passphrase');
    });
  });

  describe('two-factor login (TOTP)', () => {
    it('enrols, then requires the code at login (missing or wrong code: 401), and turns off with a code', async () => {
      const user = await createUser(t, 'coordinator');
      const me = await login(t, user.email);
      const setup = await me.post('/api/auth/totp/setup').expect(200);
      expect(setup.body.otpauthUri).toContain(`secret=${setup.body.secret}`);
      expect(await auditText(user.id)).not.toContain(setup.body.secret);
      // Stored sealed (AES-GCM, key outside the database): a dump does not hold the seed.
      const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored.totpSecret).toMatch(/^v1:/);
      expect(stored.totpSecret).not.toContain(setup.body.secret);
      // Not enabled until a code proves the app has the secret.
      await login(t, user.email);
      const bad = await me.post('/api/auth/totp/enable', { code: wrongCode(setup.body.secret) }).expect(400);
      expect(bad.body.details.issues[0].path).toBe('body.code');
      const enabled = await me
        .post('/api/auth/totp/enable', { code: totpCode(setup.body.secret) })
        .expect(200);
      expect(enabled.body.totpEnabled).toBe(true);
      await me.get('/api/organisations').expect(200);
      await me.post('/api/auth/totp/setup').expect(409);

      const missing = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD });
      expect([missing.status, missing.body.code]).toEqual([401, 'TOTP_REQUIRED']);
      const wrong = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD, totpCode: wrongCode(setup.body.secret) });
      expect([wrong.status, wrong.body.code]).toEqual([401, 'TOTP_INVALID']);
      const withCode = await login(t, user.email, TEST_PASSWORD, totpCode(setup.body.secret));
      await withCode.get('/api/organisations').expect(200);

      await me.post('/api/auth/totp/disable', { code: wrongCode(setup.body.secret) }).expect(400);
      const off = await me.post('/api/auth/totp/disable', { code: totpCode(setup.body.secret) }).expect(200);
      expect(off.body.totpEnabled).toBe(false);
      await login(t, user.email);
    });

    it('lets a user with mandatory TOTP log in only to enrol (403 TOTP_REQUIRED elsewhere)', async () => {
      const created = (
        await admin.post('/api/users', newUser({ role: 'viewer', totpRequired: true })).expect(201)
      ).body;
      const password = 'a long enough passphrase';
      const me = await login(t, created.email, password);
      const info = await me.get('/api/auth/me').expect(200);
      expect(info.body.user).toMatchObject({ totpRequired: true, totpEnabled: false });
      const blocked = await me.get('/api/organisations').expect(403);
      expect(blocked.body.code).toBe('TOTP_REQUIRED');
      await me.patch('/api/auth/me', { locale: 'kk' }).expect(200);
      await me
        .post('/api/auth/password', { currentPassword: password, newPassword: 'x'.repeat(20) })
        .expect(403);
      const otherDevice = await login(t, created.email, password);

      const setup = await me.post('/api/auth/totp/setup').expect(200);
      await me.post('/api/auth/totp/enable', { code: totpCode(setup.body.secret) }).expect(200);
      await me.get('/api/organisations').expect(200);
      // The other session never proved the second factor.
      await otherDevice.get('/api/auth/me').expect(401);
      const refused = await me
        .post('/api/auth/totp/disable', { code: totpCode(setup.body.secret) })
        .expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      await login(t, created.email, password, totpCode(setup.body.secret));

      // Lost phone: the administrator resets TOTP; the user must enrol again.
      await admin.post(`/api/users/${created.id}/totp/reset`).expect(200);
      await me.get('/api/auth/me').expect(401);
      const again = await login(t, created.email, password);
      expect((await again.get('/api/organisations')).body.code).toBe('TOTP_REQUIRED');
    });

    it('applies a requirement set while the user is logged in at their next request', async () => {
      const user = await createUser(t, 'researcher');
      const me = await login(t, user.email);
      await me.get('/api/organisations').expect(200);
      await admin.patch(`/api/users/${user.id}`, { version: 1, totpRequired: true }).expect(200);
      const res = await me.get('/api/organisations').expect(403);
      expect(res.body.code).toBe('TOTP_REQUIRED');
      await me.get('/api/auth/me').expect(200);
    });
  });
});

/** A valid-looking code that is not the current one (nor one step either side). */
function wrongCode(secret: string): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => totpCode(secret, Date.now() + d)));
  let code = 0;
  while (valid.has(String(code).padStart(6, '0'))) code++;
  return String(code).padStart(6, '0');
}
