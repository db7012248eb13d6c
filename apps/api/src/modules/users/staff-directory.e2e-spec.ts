import { createUser, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('staff directory (whom a coordinator may assign to a case)', () => {
  let t: TestApp;
  let coordinator: UserSession;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await loginAs(t, 'coordinator');
    ids.kozlov = (await createUser(t, 'researcher', { name: 'Козлов Владимир' })).id;
    ids.aigerim = (await createUser(t, 'researcher', { name: 'Aigerim Sapargali' })).id;
    ids.viewer = (await createUser(t, 'viewer', { name: 'Viktor Viewer' })).id;
    const gone = await createUser(t, 'researcher', { name: 'Kozlova Departed' });
    await t.prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    ids.gone = gone.id;
  });
  afterAll(() => t.close());

  const list = async (session: UserSession, query = '') =>
    (await session.get(`/api/staff-directory${query}`).expect(200)).body;

  it('gives a coordinator active, assignable staff with id, name and role only', async () => {
    const body = await list(coordinator);
    const byId = new Map(body.items.map((s: { id: string }) => [s.id, s]));
    expect(byId.get(ids.kozlov)).toEqual({ id: ids.kozlov, name: 'Козлов Владимир', role: 'researcher' });
    expect(byId.has(coordinator.userId)).toBe(true);
    // Deactivated accounts and viewers (who cannot be assigned) are left out.
    expect(byId.has(ids.gone)).toBe(false);
    expect(byId.has(ids.viewer)).toBe(false);
    for (const item of body.items) expect(Object.keys(item).sort()).toEqual(['id', 'name', 'role']);
    expect(JSON.stringify(body)).not.toMatch(/email|@example\.org|totp|session|password|lastLogin/i);
    expect(body.truncated).toBe(false);
  });

  it('matches names in any script and spelling, and honours the limit', async () => {
    const found = await list(coordinator, `?q=${encodeURIComponent('kozlov')}`);
    expect(found.items.map((s: { id: string }) => s.id)).toEqual([ids.kozlov]);
    const cyrillic = await list(coordinator, `?q=${encodeURIComponent('Сапаргалы')}`);
    expect(cyrillic.items.map((s: { id: string }) => s.id)).toEqual([ids.aigerim]);
    const limited = await list(coordinator, '?limit=1');
    expect(limited.items).toHaveLength(1);
    expect(limited.truncated).toBe(true);
    await coordinator.get('/api/staff-directory?limit=0').expect(400);
  });

  it('is open to admins, closed to researchers and viewers, like setting assignments', async () => {
    const admin = await loginAs(t, 'admin');
    expect((await list(admin)).items.length).toBeGreaterThan(0);
    for (const role of ['researcher', 'viewer'] as const) {
      const session = await loginAs(t, role);
      const res = await session.get('/api/staff-directory').expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    await t.http().get('/api/staff-directory').expect(401);
  });
});
