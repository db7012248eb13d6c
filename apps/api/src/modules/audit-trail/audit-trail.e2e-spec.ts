import { searchKey } from '@habeas/shared';
import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('audit trail API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await loginAs(t, 'coordinator');
    researcher = await loginAs(t, 'researcher');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.close());

  const entriesOf = async (session: UserSession, id: string, extra = '') =>
    (await session.get(`/api/audit-entries?entityId=${id}${extra}`).expect(200)).body;

  /** An organisation created then renamed and moved: a create and an update entry. */
  async function renamedOrganisation() {
    const created = (
      await coordinator
        .post('/api/organisations', { name: 'Zhanaozen city court', type: 'court', region: 'Mangystau' })
        .expect(201)
    ).body;
    await coordinator
      .patch(`/api/organisations/${created.id}`, { version: 1, name: 'Aktau city court', region: 'Aqtau' })
      .expect(200);
    return created as { id: string };
  }

  it('lists entries newest first with string ids and filters by record, action, actor and period', async () => {
    const org = await renamedOrganisation();
    const page = await entriesOf(coordinator, org.id);
    expect(page.total).toBe(2);
    expect(page.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    const [update] = page.items;
    expect(update).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      entityType: 'Organisation',
      actorId: coordinator.userId,
      actorEmail: coordinator.email,
      changedFields: ['name', 'region'],
    });
    expect(update).not.toHaveProperty('before');

    const updates = await entriesOf(coordinator, org.id, '&action=update&entityType=Organisation');
    expect(updates.total).toBe(1);
    const mine = await coordinator
      .get(`/api/audit-entries?actorId=${coordinator.userId}&pageSize=1`)
      .expect(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.total).toBeGreaterThanOrEqual(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await entriesOf(coordinator, org.id, `&from=${today}&to=${today}`)).total).toBe(2);
    expect((await entriesOf(coordinator, org.id, '&to=2000-01-01')).total).toBe(0);
    const backwards = await coordinator.get('/api/audit-entries?from=2026-01-02&to=2026-01-01').expect(400);
    expect(backwards.body.details.issues[0].path).toBe('query.to');
    await coordinator.get('/api/audit-entries?action=explode').expect(400);
  });

  it('shows one entry with the field-by-field difference', async () => {
    const org = await renamedOrganisation();
    const [update] = (await entriesOf(coordinator, org.id, '&action=update')).items;
    const detail = (await coordinator.get(`/api/audit-entries/${update.id}`).expect(200)).body;
    expect(detail.before).toMatchObject({ name: 'Zhanaozen city court', region: 'Mangystau' });
    expect(detail.after).toMatchObject({ name: 'Aktau city court', region: 'Aqtau' });
    const byField = Object.fromEntries(detail.changes.map((c: { field: string }) => [c.field, c]));
    expect(byField.name).toEqual({
      field: 'name',
      kind: 'changed',
      before: 'Zhanaozen city court',
      after: 'Aktau city court',
    });
    expect(Object.keys(byField).sort()).toEqual(['name', 'region', 'updatedAt', 'version']);
    expect(detail.revertible).toBe(true);
    await coordinator.get('/api/audit-entries/999999999').expect(404);
    await coordinator.get('/api/audit-entries/not-a-number').expect(400);
    await coordinator.get('/api/audit-entries/9999999999999999999').expect(400);
  });

  it('reverts an update: previous values back, search key rebuilt, the revert itself in the trail', async () => {
    const org = await renamedOrganisation();
    const [update] = (await entriesOf(coordinator, org.id, '&action=update')).items;
    const revert = await coordinator
      .post(`/api/audit-entries/${update.id}/revert`, { version: 2 })
      .expect(200);
    expect(revert.body).toMatchObject({
      action: 'revert',
      entityType: 'Organisation',
      entityId: org.id,
      actorId: coordinator.userId,
      details: expect.objectContaining({ revertedEntryId: update.id, restoredFields: ['name', 'region'] }),
    });
    expect(revert.body.changes.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['name', 'region', 'version']),
    );

    const current = (await coordinator.get(`/api/organisations/${org.id}`).expect(200)).body;
    expect(current).toMatchObject({ name: 'Zhanaozen city court', region: 'Mangystau', version: 3 });
    const row = await t.prisma.organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(row.searchKey).toBe(searchKey(['Zhanaozen city court']));
    const found = await coordinator.get('/api/organisations?q=janaozen').expect(200);
    expect(found.body.items.map((o: { id: string }) => o.id)).toContain(org.id);

    const trail = await entriesOf(coordinator, org.id);
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual(['revert', 'update', 'create']);
  });

  it('refuses a revert against a stale version (409 with the current record) and changes nothing', async () => {
    const org = await renamedOrganisation();
    const [update] = (await entriesOf(coordinator, org.id, '&action=update')).items;
    await coordinator.patch(`/api/organisations/${org.id}`, { version: 2, notes: 'checked' }).expect(200);
    const stale = await coordinator
      .post(`/api/audit-entries/${update.id}/revert`, { version: 2 })
      .expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.details.current).toMatchObject({ version: 3, name: 'Aktau city court' });
    expect((await entriesOf(coordinator, org.id, '&action=revert')).total).toBe(0);
    // Reverting with the current version undoes that entry's fields only: the later note stays.
    await coordinator.post(`/api/audit-entries/${update.id}/revert`, { version: 3 }).expect(200);
    const current = (await coordinator.get(`/api/organisations/${org.id}`).expect(200)).body;
    expect(current).toMatchObject({ name: 'Zhanaozen city court', notes: 'checked', version: 4 });
  });

  it('restores a record from its delete entry, and a changed parent from its nested { id }', async () => {
    const parent = (await coordinator.post('/api/organisations', { name: 'Ministry', type: 'state_body' }))
      .body;
    const org = (
      await coordinator
        .post('/api/organisations', { name: 'Police of Zhanaozen', type: 'police', parentId: parent.id })
        .expect(201)
    ).body;
    await coordinator.patch(`/api/organisations/${org.id}`, { version: 1, parentId: null }).expect(200);
    const [move] = (await entriesOf(coordinator, org.id, '&action=update')).items;
    await coordinator.post(`/api/audit-entries/${move.id}/revert`, { version: 2 }).expect(200);
    expect((await t.prisma.organisation.findUniqueOrThrow({ where: { id: org.id } })).parentId).toBe(
      parent.id,
    );

    await coordinator.delete(`/api/organisations/${org.id}?version=3`).expect(204);
    const [deletion] = (await entriesOf(coordinator, org.id, '&action=delete')).items;
    await coordinator.post(`/api/audit-entries/${deletion.id}/revert`, { version: 3 }).expect(409);
    await coordinator.post(`/api/audit-entries/${deletion.id}/revert`, { version: 4 }).expect(200);
    const restored = (await coordinator.get(`/api/organisations/${org.id}`).expect(200)).body;
    expect(restored).toMatchObject({
      deletedAt: null,
      version: 5,
      parent: { id: parent.id, name: 'Ministry' },
    });
    // Already restored: nothing left to restore.
    await coordinator.post(`/api/audit-entries/${deletion.id}/revert`, { version: 5 }).expect(409);
  });

  it('recreates a hard-deleted link row with its old id', async () => {
    const org = (
      await coordinator
        .post('/api/organisations', {
          name: 'Algha!',
          type: 'party',
          names: [{ value: 'Алға!', script: 'cyrl' }],
        })
        .expect(201)
    ).body;
    const name = await t.prisma.organisationName.findFirstOrThrow({ where: { organisationId: org.id } });
    await t.prisma.organisationName.delete({ where: { id: name.id } });
    const entry = await t.prisma.auditEntry.create({
      data: {
        action: 'delete',
        entityType: 'OrganisationName',
        entityId: name.id,
        actorId: coordinator.userId,
        before: { ...name, createdAt: name.createdAt.toISOString() },
      },
    });
    const res = await coordinator.post(`/api/audit-entries/${entry.id}/revert`, { version: 1 }).expect(200);
    expect(res.body.before).toBeNull();
    expect(await t.prisma.organisationName.findUnique({ where: { id: name.id } })).toMatchObject({
      value: 'Алға!',
      organisationId: org.id,
    });
    await coordinator.post(`/api/audit-entries/${entry.id}/revert`, { version: 1 }).expect(409);
  });

  it('refuses to revert creations and account changes (400), and lets only editors revert (403)', async () => {
    const org = await renamedOrganisation();
    const { items } = await entriesOf(coordinator, org.id);
    const creation = items.find((e: { action: string }) => e.action === 'create');
    await coordinator.post(`/api/audit-entries/${creation.id}/revert`, { version: 2 }).expect(400);
    const update = items.find((e: { action: string }) => e.action === 'update');
    await researcher.post(`/api/audit-entries/${update.id}/revert`, { version: 2 }).expect(403);
    await viewer.get('/api/audit-entries').expect(403);

    const account = await t.prisma.auditEntry.create({
      data: {
        action: 'update',
        entityType: 'User',
        entityId: researcher.userId,
        before: { role: 'admin' },
        after: { role: 'researcher' },
      },
    });
    // Account entries are user administration: hidden from coordinators, and not revertible even by admins.
    await coordinator.get(`/api/audit-entries/${account.id}`).expect(404);
    const admin = await loginAs(t, 'admin');
    const refused = await admin.post(`/api/audit-entries/${account.id}/revert`, { version: 1 }).expect(400);
    expect(refused.body.details.issues[0].path).toBe('param.id');
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: researcher.userId } })).role).toBe(
      'researcher',
    );
  });

  it('hides entries about records above the reader’s clearance and redacts sensitive fields', async () => {
    const secret = (
      await coordinator
        .post('/api/organisations', { name: 'Safe house', type: 'other', confidentiality: 'restricted' })
        .expect(201)
    ).body;
    const [created] = (await entriesOf(coordinator, secret.id)).items;
    expect((await entriesOf(researcher, secret.id)).total).toBe(0);
    await researcher.get(`/api/audit-entries/${created.id}`).expect(404);

    // A record made public later still had restricted content in that entry; one made restricted
    // later hides its whole history.
    const later = (await coordinator.post('/api/organisations', { name: 'Later secret', type: 'ngo' })).body;
    expect((await entriesOf(researcher, later.id)).total).toBe(1);
    await coordinator.patch(`/api/organisations/${later.id}`, { version: 1, confidentiality: 'restricted' });
    expect((await entriesOf(researcher, later.id)).total).toBe(0);

    const personId = '6f1c1a52-3c1e-4c7e-9a53-5b8f7f0d8e01';
    const entry = await t.prisma.auditEntry.create({
      data: {
        action: 'update',
        entityType: 'Person',
        entityId: personId,
        actorId: coordinator.userId,
        before: { id: personId, confidentiality: 'internal', displayName: 'Roza', healthNotes: 'diabetic' },
        after: {
          id: personId,
          confidentiality: 'internal',
          displayName: 'Roza',
          healthNotes: 'diabetic, no insulin in the colony',
          address: 'Zhanaozen, flat 5',
          sources: [
            { id: 's1', title: 'Interview', identityConfidentiality: 'restricted', author: 'Witness A' },
            { id: 's2', title: 'Secret memo', confidentiality: 'restricted' },
          ],
        },
      },
    });
    const forResearcher = (await researcher.get(`/api/audit-entries/${entry.id}`).expect(200)).body;
    const text = JSON.stringify(forResearcher);
    for (const leak of ['diabetic', 'flat 5', 'Witness A', 'Secret memo']) expect(text).not.toContain(leak);
    expect(forResearcher.after.sources).toEqual([
      { id: 's1', title: 'Interview', identityConfidentiality: 'restricted' },
    ]);
    const listed = (await entriesOf(researcher, personId)).items[0];
    expect(listed.changedFields).toEqual(['sources']);
    const forCoordinator = (await coordinator.get(`/api/audit-entries/${entry.id}`).expect(200)).body;
    expect(JSON.stringify(forCoordinator)).toContain('no insulin in the colony');
    expect(forCoordinator.ipAddress).toBeNull();
  });
});
