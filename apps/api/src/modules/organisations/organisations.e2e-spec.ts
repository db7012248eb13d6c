import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('organisations API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let viewer: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await loginAs(t, 'coordinator');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.close());

  const algha = {
    name: 'Algha!',
    type: 'party',
    country: 'KZ',
    confidentiality: 'public',
    names: [{ value: 'Алға!', script: 'cyrl', kind: 'legal' }],
  };

  it('creates an organisation, audits it, and finds it by a Cyrillic or Latin spelling', async () => {
    const res = await coordinator.post('/api/organisations', algha).expect(201);
    expect(res.body).toMatchObject({
      name: 'Algha!',
      version: 1,
      names: [expect.objectContaining({ value: 'Алға!' })],
    });
    const audit = await t.prisma.auditEntry.findFirst({ where: { entityId: res.body.id, action: 'create' } });
    expect(audit?.actorId).toBe(coordinator.userId);

    for (const q of ['алга', 'Algha', 'ALGA']) {
      const found = await viewer.get(`/api/organisations?q=${encodeURIComponent(q)}`).expect(200);
      expect(found.body.items.map((o: { id: string }) => o.id)).toContain(res.body.id);
    }
  });

  it('rejects bad input with 400 naming each field and writes nothing', async () => {
    const before = await t.prisma.organisation.count();
    const res = await coordinator
      .post('/api/organisations', {
        name: 'x'.repeat(5000),
        type: 'spaceship',
        country: 'Kazakhstan',
        hacker: true,
      })
      .expect(400);
    const paths = res.body.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.type', 'body.country', 'body.hacker']));
    expect(await t.prisma.organisation.count()).toBe(before);
    await coordinator.get('/api/organisations/not-a-uuid').expect(400);
  });

  it('gives one success and one 409 with the current record for two edits of the same version', async () => {
    const created = (await coordinator.post('/api/organisations', { name: 'K+', type: 'media' }).expect(201))
      .body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/organisations/${created.id}`, { version: 1, region: 'Almaty' }),
      coordinator.patch(`/api/organisations/${created.id}`, { version: 1, region: 'Aqtau' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body.code).toBe('VERSION_CONFLICT');
    expect(conflict.body.details.current.version).toBe(2);
    expect(await t.prisma.auditEntry.count({ where: { entityId: created.id, action: 'update' } })).toBe(1);
  });

  it('soft-deletes, hides from lists, and restores', async () => {
    const created = (
      await coordinator.post('/api/organisations', { name: 'Stan.TV', type: 'media' }).expect(201)
    ).body;
    await coordinator.delete(`/api/organisations/${created.id}?version=1`).expect(204);
    // The detail still answers (so the record can be restored), marked as deleted.
    const detail = await coordinator.get(`/api/organisations/${created.id}`).expect(200);
    expect(detail.body.deletedAt).not.toBeNull();
    const list = await coordinator.get('/api/organisations?q=stan').expect(200);
    expect(list.body.items).toHaveLength(0);
    const withDeleted = await coordinator.get('/api/organisations?q=stan&includeDeleted=true').expect(200);
    expect(withDeleted.body.items).toHaveLength(1);
    const restored = await coordinator
      .post(`/api/organisations/${created.id}/restore`, { version: 2 })
      .expect(200);
    expect(restored.body.deletedAt).toBeNull();
    expect(await t.prisma.organisation.count({ where: { id: created.id } })).toBe(1);
  });

  it('hides restricted organisations from a viewer and forbids viewers to write', async () => {
    const secret = (
      await coordinator
        .post('/api/organisations', { name: 'Safe house', type: 'other', confidentiality: 'restricted' })
        .expect(201)
    ).body;
    await viewer.get(`/api/organisations/${secret.id}`).expect(404);
    const list = await viewer.get('/api/organisations?q=safe').expect(200);
    expect(list.body.total).toBe(0);
    await viewer.post('/api/organisations', { name: 'Nope', type: 'ngo' }).expect(403);
  });
});
