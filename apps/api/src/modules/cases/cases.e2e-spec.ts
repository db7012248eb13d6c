import { searchKey } from '@habeas/shared';
import { createUser, login, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

const day = (value: string) => ({ value, precision: 'day' as const });

describe('cases API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let viewer: UserSession;
  let researcher: UserSession;
  let researcherId: string;
  let kozlovId: string;
  let courtId: string;
  let eventId: string;
  let provisionId: string;

  const person = async (displayName: string, names: string[] = []) =>
    (await t.prisma.person.create({ data: { displayName, searchKey: searchKey([displayName, ...names]) } }))
      .id;

  const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

  beforeAll(async () => {
    t = await createTestApp();
    [coordinator, viewer] = await Promise.all([loginAs(t, 'coordinator'), loginAs(t, 'viewer')]);
    const researcherUser = await createUser(t, 'researcher', { name: 'Rita Researcher' });
    researcherId = researcherUser.id;
    researcher = await login(t, researcherUser.email);
    kozlovId = await person('Vladimir Kozlov', ['Владимир Козлов']);
    courtId = (
      await coordinator.post('/api/organisations', { name: 'Aktau City Court', type: 'court' }).expect(201)
    ).body.id;
    eventId = (
      await t.prisma.event.create({
        data: { title: 'Zhanaozen strike and shooting', kind: 'clash', searchKey: searchKey(['Zhanaozen']) },
      })
    ).id;
    provisionId = (
      await coordinator
        .post('/api/legal-provisions', {
          code: 'Criminal Code (1997)',
          article: '241',
          category: 'mass_riots',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  describe('the cases list', () => {
    const caseIds: Record<string, string> = {};

    beforeAll(async () => {
      const create = async (key: string, body: object) => {
        caseIds[key] = (await coordinator.post('/api/cases', body).expect(201)).body.id;
      };
      await create('kozlov', {
        caseNumber: '1-2012-0047',
        title: 'Дело Козлова',
        country: 'KZ',
        region: 'Mangystau',
        courtId,
        stage: 'verdict',
        openedOn: { value: '2012-01-01', precision: 'month' },
        eventIds: [eventId],
      });
      await create('oilworkers', {
        title: 'Zhanaozen oil workers (mass riots)',
        country: 'KZ',
        region: 'Mangystau',
        stage: 'trial',
        openedOn: day('2011-12-20'),
      });
      await create('secret', { title: 'Protected witness case', confidentiality: 'restricted' });
      await coordinator
        .post(`/api/cases/${caseIds.kozlov}/participants`, { personId: kozlovId, role: 'defendant' })
        .expect(201);
      const defendant = await person('Roza Tuletaeva');
      await coordinator
        .post(`/api/cases/${caseIds.oilworkers}/participants`, { personId: defendant, role: 'defendant' })
        .expect(201);
      await coordinator
        .post(`/api/cases/${caseIds.oilworkers}/charges`, {
          personId: defendant,
          legalProvisionId: provisionId,
        })
        .expect(201);
      await coordinator
        .post(`/api/cases/${caseIds.kozlov}/appeals`, { level: 'appeal', status: 'pending' })
        .expect(201);
      await coordinator
        .put(`/api/cases/${caseIds.oilworkers}/assignments`, { userIds: [researcherId] })
        .expect(200);
    });

    it('finds a case by number or by title in another script', async () => {
      for (const q of ['Kozlova', 'козлова', '1-2012-0047', 'delo kozlova']) {
        const page = (await viewer.get(`/api/cases?q=${encodeURIComponent(q)}`).expect(200)).body;
        expect(ids(page)).toEqual([caseIds.kozlov]);
      }
      const oil = (await viewer.get(`/api/cases?q=${encodeURIComponent('Жанаозен')}`).expect(200)).body;
      expect(ids(oil)).toEqual([caseIds.oilworkers]);
    });

    it('filters by stage, place, court, event, participant, provision, assignment, pending appeal and opening date', async () => {
      const list = async (query: string) =>
        ids((await researcher.get(`/api/cases?${query}`).expect(200)).body);
      expect(await list('stage=trial')).toEqual([caseIds.oilworkers]);
      expect(await list(`courtId=${courtId}`)).toEqual([caseIds.kozlov]);
      expect(await list(`eventId=${eventId}`)).toEqual([caseIds.kozlov]);
      expect(await list(`personId=${kozlovId}`)).toEqual([caseIds.kozlov]);
      expect(await list(`legalProvisionId=${provisionId}`)).toEqual([caseIds.oilworkers]);
      expect(await list('provisionCategory=mass_riots')).toEqual([caseIds.oilworkers]);
      expect(await list('provisionCategory=extremism')).toEqual([]);
      expect(await list('assignedToMe=true')).toEqual([caseIds.oilworkers]);
      expect(await list('hasPendingAppeal=true')).toEqual([caseIds.kozlov]);
      expect(await list('hasPendingAppeal=false&country=KZ')).toEqual([caseIds.oilworkers]);
      expect(await list('openedFrom=2011-12-01&openedTo=2011-12-31')).toEqual([caseIds.oilworkers]);
      expect(await list('region=mangystau&sort=openedOn&order=asc')).toEqual([
        caseIds.oilworkers,
        caseIds.kozlov,
      ]);
      await researcher.get('/api/cases?stage=sentenced').expect(400);
      await researcher.get('/api/cases?openedFrom=2011-02-30').expect(400);
    });

    it('shows each case with its court and defendants, and hides restricted cases from those who may not see them', async () => {
      const page = (await viewer.get('/api/cases?sort=title&order=asc').expect(200)).body;
      expect(page.total).toBe(2);
      expect(page.items[0]).toMatchObject({
        title: 'Zhanaozen oil workers (mass riots)',
        defendants: [{ displayName: 'Roza Tuletaeva' }],
      });
      expect(page.items[1]).toMatchObject({
        court: { id: courtId, name: 'Aktau City Court' },
        defendants: [{ id: kozlovId, displayName: 'Vladimir Kozlov' }],
      });
      await viewer.get(`/api/cases/${caseIds.secret}`).expect(404);
      await coordinator.get(`/api/cases/${caseIds.secret}`).expect(200);
    });
  });

  it('rejects bad input with 400 naming each field and writes nothing', async () => {
    const before = await t.prisma.legalCase.count();
    const res = await coordinator
      .post('/api/cases', {
        title: 'x'.repeat(100_000),
        stage: 'sentenced',
        country: 'Kazakhstan',
        openedOn: { value: '2012-13-01', precision: 'day' },
        caseId: 'mine',
      })
      .expect(400);
    const paths = res.body.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.title',
        'body.stage',
        'body.country',
        'body.openedOn.value',
        'body.caseId',
      ]),
    );
    const notACourt = await coordinator
      .post('/api/cases', { title: 'A case', courtId: kozlovId })
      .expect(400);
    expect(notACourt.body.details.issues).toEqual([expect.objectContaining({ path: 'body.courtId' })]);
    const noEvent = await coordinator
      .post('/api/cases', { title: 'A case', eventIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(400);
    expect(noEvent.body.details.field).toBe('body.eventIds.0');
    expect(await t.prisma.legalCase.count()).toBe(before);
  });

  it('gives one success and one 409 with the current record for two edits of the same version', async () => {
    const created = (await coordinator.post('/api/cases', { title: 'Concurrent case' }).expect(201)).body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/cases/${created.id}`, { version: 1, stage: 'trial' }),
      coordinator.patch(`/api/cases/${created.id}`, { version: 1, stage: 'pretrial' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: { version: 2 } } });
    const audits = await t.prisma.auditEntry.findMany({
      where: { entityType: 'LegalCase', entityId: created.id },
    });
    expect(audits.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('renames a case and finds it by its new number', async () => {
    const created = (await coordinator.post('/api/cases', { title: 'Unnamed case' }).expect(201)).body;
    const updated = await coordinator
      .patch(`/api/cases/${created.id}`, {
        version: 1,
        caseNumber: '7-2013-9',
        title: 'Case of the Aktau journalists',
      })
      .expect(200);
    expect(updated.body).toMatchObject({ version: 2, caseNumber: '7-2013-9' });
    const found = (await viewer.get('/api/cases?q=7-2013-9').expect(200)).body;
    expect(ids(found)).toEqual([created.id]);
    const audit = await t.prisma.auditEntry.findFirst({ where: { entityId: created.id, action: 'update' } });
    expect(audit).toMatchObject({
      before: { title: 'Unnamed case' },
      after: { title: 'Case of the Aktau journalists' },
    });
  });

  it('soft-deletes a case, hides it, and restores it', async () => {
    const created = (await coordinator.post('/api/cases', { title: 'Case of Stan.TV' }).expect(201)).body;
    await coordinator.delete(`/api/cases/${created.id}?version=1`).expect(204);
    expect((await coordinator.get('/api/cases?q=stan').expect(200)).body.total).toBe(0);
    expect((await coordinator.get('/api/cases?q=stan&includeDeleted=true').expect(200)).body.total).toBe(1);
    expect((await coordinator.get(`/api/cases/${created.id}`).expect(200)).body.deletedAt).not.toBeNull();
    await viewer.get(`/api/cases/${created.id}`).expect(404);
    await coordinator
      .post(`/api/cases/${created.id}/charges`, { personId: kozlovId, legalProvisionId: provisionId })
      .expect(404);
    await researcher.post(`/api/cases/${created.id}/restore`, { version: 2 }).expect(403);
    const restored = await coordinator.post(`/api/cases/${created.id}/restore`, { version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ deletedAt: null, version: 3 });
    await coordinator.post(`/api/cases/${created.id}/restore`, { version: 3 }).expect(409);
  });

  describe('links: participants, staff, events', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = (await coordinator.post('/api/cases', { title: 'Links case' }).expect(201)).body.id;
    });

    it('adds and removes participants, refusing duplicates and the removal of a charged defendant', async () => {
      const added = await coordinator
        .post(`/api/cases/${caseId}/participants`, { personId: kozlovId, role: 'defendant' })
        .expect(201);
      expect(added.body).toMatchObject({
        role: 'defendant',
        person: { id: kozlovId, displayName: 'Vladimir Kozlov' },
      });
      await coordinator
        .post(`/api/cases/${caseId}/participants`, { personId: kozlovId, role: 'defendant' })
        .expect(409);
      const witness = await coordinator
        .post(`/api/cases/${caseId}/participants`, {
          personId: await person('Anonymous witness'),
          role: 'witness',
          confidentiality: 'restricted',
        })
        .expect(201);
      expect((await viewer.get(`/api/cases/${caseId}`).expect(200)).body.participantsByRole.witness).toEqual(
        [],
      );
      expect(
        (await coordinator.get(`/api/cases/${caseId}`).expect(200)).body.participantsByRole.witness,
      ).toHaveLength(1);

      const charge = await coordinator
        .post(`/api/cases/${caseId}/charges`, { personId: kozlovId, legalProvisionId: provisionId })
        .expect(201);
      const blocked = await coordinator.delete(`/api/case-participants/${added.body.id}`).expect(409);
      expect(blocked.body.code).toBe('REFERENCED_ELSEWHERE');
      await coordinator.delete(`/api/charges/${charge.body.id}?version=1`).expect(204);
      await coordinator.delete(`/api/case-participants/${added.body.id}`).expect(204);
      await coordinator.delete(`/api/case-participants/${witness.body.id}`).expect(204);
      const audit = await t.prisma.auditEntry.findFirst({
        where: { entityType: 'CaseParticipant', entityId: added.body.id, action: 'delete' },
      });
      expect(audit?.before).toMatchObject({ role: 'defendant', person: { id: kozlovId } });
      await coordinator
        .post(`/api/cases/${caseId}/participants`, {
          personId: '00000000-0000-4000-8000-000000000000',
          role: 'victim',
        })
        .expect(400);
    });

    it('lets only coordinators assign staff, and only staff who can edit', async () => {
      await researcher.put(`/api/cases/${caseId}/assignments`, { userIds: [researcherId] }).expect(403);
      await viewer.put(`/api/cases/${caseId}/assignments`, { userIds: [researcherId] }).expect(403);
      const refused = await coordinator
        .put(`/api/cases/${caseId}/assignments`, { userIds: [viewer.userId] })
        .expect(400);
      expect(refused.body.details.field).toBe('body.userIds.0');
      const set = await coordinator
        .put(`/api/cases/${caseId}/assignments`, { userIds: [researcherId, coordinator.userId] })
        .expect(200);
      expect(set.body.staff.map((s: { name: string }) => s.name).sort()).toEqual([
        'Rita Researcher',
        'Test coordinator',
      ]);
      const detail = (await viewer.get(`/api/cases/${caseId}`).expect(200)).body;
      expect(detail.assignedStaff.map((s: { id: string }) => s.id).sort()).toEqual(
        [researcherId, coordinator.userId].sort(),
      );
      await coordinator.put(`/api/cases/${caseId}/assignments`, { userIds: [researcherId] }).expect(200);
      const audits = await t.prisma.auditEntry.findMany({
        where: { entityType: 'CaseAssignment', after: { path: ['caseId'], equals: caseId } },
      });
      expect(audits).toHaveLength(2);
      expect(
        await t.prisma.auditEntry.count({
          where: {
            entityType: 'CaseAssignment',
            action: 'delete',
            before: { path: ['id'], equals: coordinator.userId },
          },
        }),
      ).toBe(1);
    });

    it('links and unlinks events', async () => {
      const link = await coordinator.post(`/api/cases/${caseId}/events`, { eventId }).expect(201);
      expect(link.body).toMatchObject({
        caseId,
        event: { id: eventId, title: 'Zhanaozen strike and shooting' },
      });
      await coordinator.post(`/api/cases/${caseId}/events`, { eventId }).expect(409);
      expect((await viewer.get(`/api/cases/${caseId}`).expect(200)).body.events).toEqual([link.body]);
      await coordinator.delete(`/api/case-events/${link.body.id}`).expect(204);
      expect((await viewer.get(`/api/cases/${caseId}`).expect(200)).body.events).toEqual([]);
    });
  });

  it('lets a researcher edit only a case assigned to them (or one they opened)', async () => {
    const theirs = (await coordinator.post('/api/cases', { title: 'Assigned case' }).expect(201)).body;
    const notTheirs = (await coordinator.post('/api/cases', { title: 'Someone else’s case' }).expect(201))
      .body;
    await coordinator.put(`/api/cases/${theirs.id}/assignments`, { userIds: [researcherId] }).expect(200);

    await researcher.patch(`/api/cases/${theirs.id}`, { version: 1, stage: 'trial' }).expect(200);
    const denied = await researcher
      .patch(`/api/cases/${notTheirs.id}`, { version: 1, stage: 'trial' })
      .expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    await researcher
      .post(`/api/cases/${notTheirs.id}/participants`, { personId: kozlovId, role: 'defendant' })
      .expect(403);
    await researcher.delete(`/api/cases/${notTheirs.id}?version=1`).expect(403);
    expect((await t.prisma.legalCase.findUniqueOrThrow({ where: { id: notTheirs.id } })).version).toBe(1);

    const own = (await researcher.post('/api/cases', { title: 'Opened by the researcher' }).expect(201)).body;
    await researcher.patch(`/api/cases/${own.id}`, { version: 1, summary: 'Started the file' }).expect(200);
    await viewer.patch(`/api/cases/${theirs.id}`, { version: 2, stage: 'verdict' }).expect(403);
  });

  it('tells each reader on the case page whether they may edit or delete the case', async () => {
    const theirs = (await coordinator.post('/api/cases', { title: 'Assigned, canEdit' }).expect(201)).body;
    const notTheirs = (await coordinator.post('/api/cases', { title: 'Not assigned, canEdit' }).expect(201))
      .body;
    await coordinator.put(`/api/cases/${theirs.id}/assignments`, { userIds: [researcherId] }).expect(200);
    const own = (await researcher.post('/api/cases', { title: 'Opened, canEdit' }).expect(201)).body;
    const rights = async (as: UserSession, id: string) => {
      const { canEdit, canDelete } = (await as.get(`/api/cases/${id}`).expect(200)).body;
      return { canEdit, canDelete };
    };
    const yes = { canEdit: true, canDelete: true };
    const no = { canEdit: false, canDelete: false };

    expect(await rights(researcher, notTheirs.id)).toEqual(no);
    expect(await rights(researcher, theirs.id)).toEqual(yes);
    expect(await rights(researcher, own.id)).toEqual(yes);
    expect(await rights(coordinator, notTheirs.id)).toEqual(yes);
    expect(await rights(viewer, theirs.id)).toEqual(no);
    await coordinator.delete(`/api/cases/${notTheirs.id}?version=1`).expect(204);
    expect(await rights(coordinator, notTheirs.id)).toEqual(no);
  });
});
