import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('saved searches API', () => {
  let t: TestApp;
  let alice: UserSession;
  let bob: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    [alice, bob] = await Promise.all([loginAs(t, 'researcher'), loginAs(t, 'viewer')]);
  });
  afterAll(() => t.close());

  const detained = {
    name: 'Detained in Mangistau',
    scope: 'persons',
    query: 'Козлов',
    filters: { status: ['pretrial_detention', 'imprisoned'], region: 'Mangistau oblast' },
    shared: true,
  };

  it('creates a saved search, audits it, and lists it for its owner and (shared) for colleagues', async () => {
    const res = await alice.post('/api/saved-searches', detained).expect(201);
    expect(res.body).toMatchObject({ ...detained, version: 1, mine: true, owner: { id: alice.userId } });
    const audit = await t.prisma.auditEntry.findFirst({
      where: { entityType: 'SavedSearch', entityId: res.body.id, action: 'create' },
    });
    expect(audit?.actorId).toBe(alice.userId);
    expect(audit?.after).toMatchObject({ name: detained.name, filters: detained.filters });

    const mine = await alice.get('/api/saved-searches').expect(200);
    expect(mine.body.items.map((s: { id: string }) => s.id)).toContain(res.body.id);
    const colleague = await bob.get('/api/saved-searches?scope=persons').expect(200);
    expect(colleague.body.items).toEqual([expect.objectContaining({ id: res.body.id, mine: false })]);
    expect((await bob.get('/api/saved-searches?scope=cases').expect(200)).body.items).toEqual([]);
  });

  it('keeps a private search private: not listed, not changeable, 404 for others', async () => {
    const own = (
      await alice
        .post('/api/saved-searches', { name: 'My drafts', scope: 'cases', query: 'trial' })
        .expect(201)
    ).body;
    expect(own).toMatchObject({ shared: false, filters: {}, query: 'trial' });
    const listed = await bob.get('/api/saved-searches').expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).not.toContain(own.id);
    await bob.patch(`/api/saved-searches/${own.id}`, { version: 1, name: 'Hijacked' }).expect(404);
    await bob.delete(`/api/saved-searches/${own.id}?version=1`).expect(404);
  });

  it("forbids changing or deleting a colleague's shared search (403) and writes nothing", async () => {
    const shared = (
      await alice.post('/api/saved-searches', { ...detained, name: 'Shared, read-only' }).expect(201)
    ).body;
    await bob.patch(`/api/saved-searches/${shared.id}`, { version: 1, name: 'Mine now' }).expect(403);
    await bob.delete(`/api/saved-searches/${shared.id}?version=1`).expect(403);
    const row = await t.prisma.savedSearch.findUniqueOrThrow({ where: { id: shared.id } });
    expect(row).toMatchObject({ name: 'Shared, read-only', version: 1 });
  });

  it('updates its own search with the version it read, and answers 409 with the current one otherwise', async () => {
    const created = (
      await alice
        .post('/api/saved-searches', { name: 'Appeals', scope: 'cases', filters: { stage: 'appeal' } })
        .expect(201)
    ).body;
    const updated = await alice
      .patch(`/api/saved-searches/${created.id}`, {
        version: 1,
        shared: true,
        filters: { stage: ['appeal', 'cassation'] },
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      version: 2,
      shared: true,
      filters: { stage: ['appeal', 'cassation'] },
    });
    const stale = await alice
      .patch(`/api/saved-searches/${created.id}`, { version: 1, name: 'Old' })
      .expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.details.current).toMatchObject({ version: 2, name: 'Appeals' });
    const audit = await t.prisma.auditEntry.findFirst({
      where: { entityType: 'SavedSearch', entityId: created.id, action: 'update' },
    });
    expect(audit?.before).toMatchObject({ shared: false, version: 1 });
    expect(audit?.after).toMatchObject({ shared: true, version: 2 });
  });

  it('deletes its own search (version checked) and keeps it in the audit trail', async () => {
    const created = (
      await alice.post('/api/saved-searches', { name: 'Temporary', scope: 'events' }).expect(201)
    ).body;
    await alice.delete(`/api/saved-searches/${created.id}?version=2`).expect(409);
    await alice.delete(`/api/saved-searches/${created.id}?version=1`).expect(204);
    expect(await t.prisma.savedSearch.count({ where: { id: created.id } })).toBe(0);
    const audit = await t.prisma.auditEntry.findFirst({
      where: { entityType: 'SavedSearch', entityId: created.id, action: 'delete' },
    });
    expect(audit?.before).toMatchObject({ name: 'Temporary', scope: 'events' });
  });

  it('refuses a second search with the same name and scope (409)', async () => {
    await alice.post('/api/saved-searches', { name: 'Twice', scope: 'sources' }).expect(201);
    const res = await alice.post('/api/saved-searches', { name: 'Twice', scope: 'sources' }).expect(409);
    expect(res.body.code).toBe('ALREADY_EXISTS');
    // Another scope, or another user, may use the name.
    await alice.post('/api/saved-searches', { name: 'Twice', scope: 'events' }).expect(201);
    await bob.post('/api/saved-searches', { name: 'Twice', scope: 'sources' }).expect(201);
  });

  it('keeps searches of the appeals list under their own scope', async () => {
    const created = await alice
      .post('/api/saved-searches', {
        name: 'Overdue appeals',
        scope: 'appeals',
        filters: { overdue: 'true' },
      })
      .expect(201);
    expect(created.body).toMatchObject({ scope: 'appeals', filters: { overdue: 'true' } });
    const listed = await alice.get('/api/saved-searches?scope=appeals').expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
  });

  it('rejects filters that are not an object of strings or string arrays, and other bad input, with 400', async () => {
    const before = await t.prisma.savedSearch.count();
    const bad = async (body: object, path: string) => {
      const res = await alice.post('/api/saved-searches', body).expect(400);
      expect(res.body.details.issues.map((i: { path: string }) => i.path).join(' ')).toContain(path);
    };
    await bad({ name: 'x', scope: 'persons', filters: { status: { $ne: 1 } } }, 'body.filters');
    await bad({ name: 'x', scope: 'persons', filters: { age: 42 } }, 'body.filters');
    await bad({ name: 'x', scope: 'persons', filters: ['a'] }, 'body.filters');
    await bad({ name: 'x', scope: 'persons', filters: { 'bad key!': 'a' } }, 'body.filters');
    await bad({ name: 'x', scope: 'persons', filters: { tags: [1, 2] } }, 'body.filters');
    await bad({ name: '', scope: 'persons' }, 'body.name');
    await bad({ name: 'x'.repeat(500), scope: 'persons' }, 'body.name');
    await bad({ name: 'x', scope: 'everything' }, 'body.scope');
    await bad({ name: 'x', scope: 'persons', owner: bob.userId }, 'body.owner');
    await bad({ name: 'x', scope: 'persons', query: 'q'.repeat(201) }, 'body.query');
    expect(await t.prisma.savedSearch.count()).toBe(before);
    await alice.get('/api/saved-searches?scope=nope').expect(400);
  });
});
