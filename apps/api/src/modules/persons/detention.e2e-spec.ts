import { randomUUID } from 'node:crypto';
import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

const day = (value: string) => ({ value, precision: 'day' as const });

describe('detention periods and affiliations API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;
  let facility: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await loginAs(t, 'coordinator');
    researcher = await loginAs(t, 'researcher');
    viewer = await loginAs(t, 'viewer');
    facility = await t.prisma.organisation.create({
      data: { name: 'Pretrial detention centre LA-155/1, Aktau', type: 'detention_centre' },
    });
  });
  afterAll(() => t.close());

  const newPerson = async (displayName: string) =>
    (await coordinator.post('/api/persons', { displayName }).expect(201)).body as { id: string };
  const statusOf = async (id: string, as: UserSession = coordinator) =>
    (await as.get(`/api/persons/${id}`).expect(200)).body.status as string;

  it('changes the derived status when a detention period is added, then ended, and audits each step', async () => {
    const p = await newPerson('Roza Tuletaeva');
    expect(await statusOf(p.id)).toBe('unknown');

    const added = await coordinator
      .post(`/api/persons/${p.id}/detention-periods`, {
        kind: 'pretrial_detention',
        facilityId: facility.id,
        startedOn: day('2012-01-20'),
        conditions: 'Overcrowded cell',
      })
      .expect(201);
    expect(added.body).toMatchObject({
      personId: p.id,
      version: 1,
      facility: { id: facility.id, name: 'Pretrial detention centre LA-155/1, Aktau' },
      endedOn: null,
    });
    const detail = (await coordinator.get(`/api/persons/${p.id}`).expect(200)).body;
    expect(detail.status).toBe('pretrial_detention');
    expect(detail.statusBasis).toMatchObject({ source: 'detention_period', recordId: added.body.id });

    const ended = await coordinator
      .patch(`/api/detention-periods/${added.body.id}`, { version: 1, endedOn: day('2012-06-04') })
      .expect(200);
    expect(ended.body.version).toBe(2);
    expect(await statusOf(p.id)).toBe('released');

    // Status on a past day, and the list answers "who was in detention on 2012-03-01".
    const past = await coordinator.get(`/api/persons/${p.id}/status?on=2012-03-01`).expect(200);
    expect(past.body).toMatchObject({ on: '2012-03-01', status: 'pretrial_detention' });
    const inDetention = await coordinator
      .get('/api/persons?status=pretrial_detention&statusOn=2012-03-01&q=tuletaeva')
      .expect(200);
    expect(inDetention.body.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    await coordinator.get(`/api/persons/${p.id}/status?on=2012-02-30`).expect(400);

    await coordinator.delete(`/api/detention-periods/${added.body.id}?version=2`).expect(204);
    expect(await statusOf(p.id)).toBe('unknown');
    await coordinator.post(`/api/detention-periods/${added.body.id}/restore`, { version: 3 }).expect(200);
    expect(await statusOf(p.id)).toBe('released');

    const actions = await t.prisma.auditEntry.findMany({
      where: { entityType: 'DetentionPeriod', entityId: added.body.id },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(actions[1]?.before).toMatchObject({ endedOn: null });
    expect(actions[1]?.after).toMatchObject({ endedOn: day('2012-06-04') });
  });

  it('rejects an end before the start, a missing facility or case, and unknown fields, writing nothing', async () => {
    const p = await newPerson('Validation Target');
    const before = await t.prisma.detentionPeriod.count();
    const audits = await t.prisma.auditEntry.count();
    const post = (body: object) => coordinator.post(`/api/persons/${p.id}/detention-periods`, body);

    const reversed = await post({
      kind: 'pretrial_detention',
      startedOn: day('2012-06-04'),
      endedOn: day('2012-01-20'),
    }).expect(400);
    expect(reversed.body.details.issues[0].path).toBe('body.endedOn');
    // Same month, imprecise end: "January 2012" may end after 2012-01-20, so this is fine...
    const ok = await post({
      kind: 'temporary_detention',
      startedOn: day('2012-01-20'),
      endedOn: { value: '2012-01-01', precision: 'month' },
    }).expect(201);
    // ...but moving the start after its stored end is not.
    const moved = await coordinator
      .patch(`/api/detention-periods/${ok.body.id}`, { version: 1, startedOn: day('2012-03-01') })
      .expect(400);
    expect(moved.body.details.issues[0].path).toBe('body.endedOn');

    const noFacility = await post({ kind: 'prison', facilityId: randomUUID() }).expect(400);
    expect(noFacility.body.details.field).toBe('body.facilityId');
    const noCase = await post({ kind: 'prison', caseId: randomUUID() }).expect(400);
    expect(noCase.body.details.field).toBe('body.caseId');
    const unknown = await post({ kind: 'prison', torture: 'yes' }).expect(400);
    expect(unknown.body.details.issues[0].path).toBe('body.torture');
    await post({ kind: 'gulag' }).expect(400);
    await post({ kind: 'prison', startedOn: { value: '2011-02-30', precision: 'day' } }).expect(400);
    await coordinator.post(`/api/persons/${randomUUID()}/detention-periods`, { kind: 'prison' }).expect(404);

    expect(await t.prisma.detentionPeriod.count()).toBe(before + 1);
    expect(await t.prisma.auditEntry.count()).toBe(audits + 1);
  });

  it('answers two edits of the same version with one 200 and one 409', async () => {
    const p = await newPerson('Concurrent Edit');
    const period = (
      await coordinator.post(`/api/persons/${p.id}/detention-periods`, { kind: 'prison' }).expect(201)
    ).body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/detention-periods/${period.id}`, { version: 1, conditions: 'A' }),
      coordinator.patch(`/api/detention-periods/${period.id}`, { version: 1, conditions: 'B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((a.status === 409 ? a : b).body.details.current.version).toBe(2);
  });

  it('hides restricted periods and ill-treatment notes from viewers, and the status they would reveal', async () => {
    const p = await newPerson('Secretly Held');
    const open = await coordinator
      .post(`/api/persons/${p.id}/detention-periods`, {
        kind: 'temporary_detention',
        startedOn: day('2011-12-16'),
        endedOn: day('2011-12-20'),
        illTreatmentAlleged: true,
        illTreatmentNotes: 'Beaten during interrogation, witness X',
      })
      .expect(201);
    const hidden = await coordinator
      .post(`/api/persons/${p.id}/detention-periods`, {
        kind: 'psychiatric',
        startedOn: day('2013-02-01'),
        confidentiality: 'restricted',
      })
      .expect(201);
    expect(open.body.illTreatmentNotes).toContain('Beaten');

    const forCoordinator = (await coordinator.get(`/api/persons/${p.id}`).expect(200)).body;
    expect(forCoordinator.detentionPeriods).toHaveLength(2);
    expect(forCoordinator.status).toBe('detained');

    for (const reader of [viewer, researcher]) {
      const d = (await reader.get(`/api/persons/${p.id}`).expect(200)).body;
      expect(d.detentionPeriods).toHaveLength(1);
      expect(d.detentionPeriods[0]).toMatchObject({ id: open.body.id, illTreatmentAlleged: true });
      expect(d.detentionPeriods[0]).not.toHaveProperty('illTreatmentNotes');
      expect(d.status).toBe('released');
      expect(JSON.stringify(d)).not.toContain(hidden.body.id);
    }
    const list = await viewer
      .get(`/api/persons?status=detained&q=${encodeURIComponent('secretly')}`)
      .expect(200);
    expect(list.body.total).toBe(0);
    await researcher
      .patch(`/api/detention-periods/${hidden.body.id}`, { version: 1, conditions: 'x' })
      .expect(404);
    await viewer.patch(`/api/detention-periods/${open.body.id}`, { version: 1, conditions: 'x' }).expect(403);
  });

  it('lets a researcher record detention only for persons of their assigned cases', async () => {
    const legalCase = await t.prisma.legalCase.create({ data: { title: 'Assigned' } });
    await t.prisma.caseAssignment.create({ data: { caseId: legalCase.id, userId: researcher.userId } });
    const mine = await newPerson('Assigned Defendant');
    const notMine = await newPerson('Unassigned Defendant');
    await t.prisma.caseParticipant.create({
      data: { caseId: legalCase.id, personId: mine.id, role: 'defendant' },
    });

    const created = await researcher
      .post(`/api/persons/${mine.id}/detention-periods`, { kind: 'pretrial_detention', caseId: legalCase.id })
      .expect(201);
    await researcher
      .patch(`/api/detention-periods/${created.body.id}`, { version: 1, conditions: 'ok' })
      .expect(200);
    const other = await coordinator
      .post(`/api/persons/${notMine.id}/detention-periods`, { kind: 'pretrial_detention' })
      .expect(201);
    await researcher
      .patch(`/api/detention-periods/${other.body.id}`, { version: 1, conditions: 'no' })
      .expect(403);
    await researcher.delete(`/api/detention-periods/${other.body.id}?version=1`).expect(403);
  });

  describe('affiliations', () => {
    it('adds, updates and removes an affiliation, with organisation names and audit entries', async () => {
      const p = await newPerson('Aidos Sadykov');
      const party = await t.prisma.organisation.create({ data: { name: 'Algha!', type: 'party' } });
      const union = await t.prisma.organisation.create({
        data: { name: 'Karazhanbasmunai union', type: 'trade_union' },
      });
      const added = await coordinator
        .post(`/api/persons/${p.id}/affiliations`, {
          organisationId: party.id,
          role: 'member',
          startedOn: { value: '2008-01-01', precision: 'year' },
        })
        .expect(201);
      expect(added.body).toMatchObject({
        organisation: { id: party.id, name: 'Algha!', type: 'party' },
        role: 'member',
      });

      const moved = await coordinator
        .patch(`/api/affiliations/${added.body.id}`, { version: 1, organisationId: union.id, role: 'lawyer' })
        .expect(200);
      expect(moved.body.organisation.name).toBe('Karazhanbasmunai union');
      await coordinator
        .patch(`/api/affiliations/${added.body.id}`, { version: 1, role: 'stale' })
        .expect(409);

      const reversed = await coordinator
        .patch(`/api/affiliations/${added.body.id}`, { version: 2, endedOn: day('2007-06-01') })
        .expect(400);
      expect(reversed.body.details.issues[0].path).toBe('body.endedOn');
      const missing = await coordinator
        .post(`/api/persons/${p.id}/affiliations`, { organisationId: randomUUID() })
        .expect(400);
      expect(missing.body.details.field).toBe('body.organisationId');

      const byOrg = await viewer.get(`/api/persons?organisationId=${union.id}`).expect(200);
      expect(byOrg.body.items.map((i: { id: string }) => i.id)).toEqual([p.id]);

      await coordinator.delete(`/api/affiliations/${added.body.id}?version=2`).expect(204);
      expect((await coordinator.get(`/api/persons/${p.id}`).expect(200)).body.affiliations).toEqual([]);
      const actions = await t.prisma.auditEntry.findMany({
        where: { entityType: 'Affiliation', entityId: added.body.id },
        orderBy: { id: 'asc' },
      });
      expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    });
  });
});
