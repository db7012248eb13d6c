import { addDays, toIsoDateUtc } from '@habeas/shared';
import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

const day = (value: string) => ({ value, precision: 'day' as const });
const dbDay = (value: string) => new Date(`${value}T00:00:00.000Z`);
const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((p) => p.id);

describe('persons API', () => {
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

  const kozlov = {
    displayName: 'Vladimir Kozlov',
    gender: 'male',
    birthDate: { value: '1960-01-01', precision: 'year' },
    nationality: 'KZ',
    occupation: 'Leader of the Algha! party',
    residenceRegion: 'Almaty',
    healthNotes: 'Hypertension; needs medication daily',
    address: 'Almaty, secret street 1',
    confidentiality: 'internal',
    names: [
      { value: 'Владимир Козлов', script: 'cyrl', kind: 'legal', isPrimary: true },
      { value: 'Vladimir Kozlov', script: 'lat', kind: 'transliteration', isPrimary: true },
    ],
  };

  const createPerson = async (body: object, as: UserSession = coordinator) =>
    (await as.post('/api/persons', body).expect(201)).body;

  it('creates a person with Cyrillic and Latin names, audits it, and finds them in any script', async () => {
    const created = await createPerson(kozlov);
    expect(created).toMatchObject({
      displayName: 'Vladimir Kozlov',
      version: 1,
      birthDate: { value: '1960-01-01', precision: 'year' },
      status: 'unknown',
      statusBasis: { source: 'no_facts' },
      names: expect.arrayContaining([expect.objectContaining({ value: 'Владимир Козлов', script: 'cyrl' })]),
    });
    const row = await t.prisma.person.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.searchKey).toContain('kozlov');
    const audit = await t.prisma.auditEntry.findFirst({
      where: { entityType: 'Person', entityId: created.id, action: 'create' },
    });
    expect(audit?.actorId).toBe(coordinator.userId);
    expect(audit?.after).toMatchObject({ displayName: 'Vladimir Kozlov' });

    for (const q of ['Козлов', 'kozlov vladimir', 'Влад Козл', 'KOZLOV']) {
      const found = await viewer.get(`/api/persons?q=${encodeURIComponent(q)}`).expect(200);
      expect(ids(found)).toContain(created.id);
    }
    const other = await viewer.get(`/api/persons?q=${encodeURIComponent('Козлова')}`).expect(200);
    expect(ids(other)).not.toContain(created.id);
  });

  it('keeps the search key current when names change', async () => {
    const p = await createPerson({ displayName: 'Roza Tuletaeva' });
    await coordinator
      .patch(`/api/persons/${p.id}`, {
        version: 1,
        names: [{ value: 'Роза Тулетаева', script: 'cyrl' }],
      })
      .expect(200);
    const byCyrillic = await coordinator.get(`/api/persons?q=${encodeURIComponent('Тулетаева')}`).expect(200);
    expect(ids(byCyrillic)).toEqual([p.id]);
    await coordinator
      .patch(`/api/persons/${p.id}`, { version: 2, displayName: 'R. T.', names: [] })
      .expect(200);
    const gone = await coordinator.get('/api/persons?q=tuletaeva').expect(200);
    expect(ids(gone)).not.toContain(p.id);
  });

  it('rejects hostile bodies with 400 naming the field and writes nothing', async () => {
    const persons = await t.prisma.person.count();
    const audits = await t.prisma.auditEntry.count();
    const cases: Array<[object, string]> = [
      [{ displayName: 'x'.repeat(10_000) }, 'body.displayName'],
      [{ displayName: 'A', birthDate: { value: '2011-02-30', precision: 'day' } }, 'body.birthDate.value'],
      [{ displayName: 'A', hacker: true }, 'body.hacker'],
      [{ displayName: 'A', names: [{ value: 'y'.repeat(10_000), script: 'lat' }] }, 'body.names.0.value'],
      [{ displayName: 'A', gender: 'robot' }, 'body.gender'],
      [{ displayName: 'A', statusOverrideOn: day('2015-01-01') }, 'body.statusOverrideOn'],
      [{ displayName: 'A', birthDate: day(addDays(toIsoDateUtc(new Date()), 2)) }, 'body.birthDate'],
      [
        {
          displayName: 'A',
          names: [
            { value: 'Дубль', script: 'cyrl' },
            { value: 'Дубль', script: 'cyrl' },
          ],
        },
        'body.names.1.value',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await coordinator.post('/api/persons', body).expect(400);
      expect(res.body.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const existing = await createPerson({ displayName: 'Target' });
    const after = await t.prisma.auditEntry.count();
    const bad = await coordinator
      .patch(`/api/persons/${existing.id}`, { version: 1, unknownField: 1 })
      .expect(400);
    expect(bad.body.details.issues[0].path).toBe('body.unknownField');
    await coordinator.get('/api/persons/not-a-uuid').expect(400);
    await coordinator.get('/api/persons?sort=password').expect(400);
    await coordinator.get('/api/persons?arrestedFrom=2011-13').expect(400);
    expect(await t.prisma.person.count()).toBe(persons + 1);
    expect(await t.prisma.auditEntry.count()).toBe(audits + 1);
    expect(await t.prisma.auditEntry.count()).toBe(after);
  });

  it('gives one 200 and one 409 with the current record for two edits of the same version', async () => {
    const p = await createPerson({ displayName: 'Zhanbolat Mamai' });
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/persons/${p.id}`, { version: 1, occupation: 'Journalist' }),
      coordinator.patch(`/api/persons/${p.id}`, { version: 1, occupation: 'Editor' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body.code).toBe('VERSION_CONFLICT');
    expect(conflict.body.details.current.version).toBe(2);
    expect(await t.prisma.auditEntry.count({ where: { entityId: p.id, action: 'update' } })).toBe(1);
  });

  it('soft-deletes, hides from lists, restores, and audits both', async () => {
    const p = await createPerson({ displayName: 'Natalia Sokolova' });
    await coordinator.delete(`/api/persons/${p.id}?version=1`).expect(204);
    const detail = await coordinator.get(`/api/persons/${p.id}`).expect(200);
    expect(detail.body.deletedAt).not.toBeNull();
    expect(ids(await coordinator.get('/api/persons?q=sokolova').expect(200))).toEqual([]);
    expect(ids(await coordinator.get('/api/persons?q=sokolova&includeDeleted=true').expect(200))).toEqual([
      p.id,
    ]);
    await coordinator.patch(`/api/persons/${p.id}`, { version: 2, occupation: 'x' }).expect(404);
    const restored = await coordinator.post(`/api/persons/${p.id}/restore`, { version: 2 }).expect(200);
    expect(restored.body.deletedAt).toBeNull();
    const actions = await t.prisma.auditEntry.findMany({
      where: { entityId: p.id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
    await researcher.post(`/api/persons/${p.id}/restore`, { version: 3 }).expect(403);
  });

  it('does not give health notes or the address to viewers and researchers', async () => {
    const p = await createPerson(kozlov);
    const full = await coordinator.get(`/api/persons/${p.id}`).expect(200);
    expect(full.body).toMatchObject({ healthNotes: kozlov.healthNotes, address: kozlov.address });
    for (const reader of [viewer, researcher]) {
      const res = await reader.get(`/api/persons/${p.id}`).expect(200);
      expect(res.body).not.toHaveProperty('healthNotes');
      expect(res.body).not.toHaveProperty('address');
      expect(JSON.stringify(res.body)).not.toContain('secret street');
    }
    const secret = await createPerson({ displayName: 'Protected Witness', confidentiality: 'restricted' });
    await viewer.get(`/api/persons/${secret.id}`).expect(404);
    expect(ids(await viewer.get('/api/persons?q=witness').expect(200))).toEqual([]);
    await viewer.post('/api/persons', { displayName: 'Nope' }).expect(403);
  });

  it('lets a researcher edit only persons of their assigned cases, or persons they created', async () => {
    const assigned = await t.prisma.legalCase.create({ data: { title: 'Assigned case' } });
    const other = await t.prisma.legalCase.create({ data: { title: 'Other case' } });
    await t.prisma.caseAssignment.create({ data: { caseId: assigned.id, userId: researcher.userId } });
    const provision = await t.prisma.legalProvision.create({
      data: { code: 'Criminal Code of the Republic of Kazakhstan (1997)', article: '241', part: '2' },
    });
    const participant = await createPerson({ displayName: 'Defendant Assigned' });
    const charged = await createPerson({ displayName: 'Charged Assigned' });
    const outsider = await createPerson({ displayName: 'Defendant Other' });
    await t.prisma.caseParticipant.create({
      data: { caseId: assigned.id, personId: participant.id, role: 'defendant' },
    });
    await t.prisma.charge.create({
      data: { caseId: assigned.id, personId: charged.id, provisionId: provision.id },
    });
    await t.prisma.caseParticipant.create({
      data: { caseId: other.id, personId: outsider.id, role: 'defendant' },
    });

    await researcher
      .patch(`/api/persons/${participant.id}`, { version: 1, occupation: 'Oil worker' })
      .expect(200);
    await researcher
      .patch(`/api/persons/${charged.id}`, { version: 1, occupation: 'Oil worker' })
      .expect(200);
    const denied = await researcher
      .patch(`/api/persons/${outsider.id}`, { version: 1, occupation: 'x' })
      .expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    await researcher
      .post(`/api/persons/${outsider.id}/detention-periods`, { kind: 'pretrial_detention' })
      .expect(403);
    await researcher.delete(`/api/persons/${outsider.id}?version=1`).expect(403);

    const own = await createPerson({ displayName: 'New Contact' }, researcher);
    await researcher.patch(`/api/persons/${own.id}`, { version: 1, occupation: 'Lawyer' }).expect(200);
    expect(await t.prisma.auditEntry.count({ where: { entityId: outsider.id, action: 'update' } })).toBe(0);
  });

  it('tells each reader in the detail whether they may edit or delete the person (the rule above)', async () => {
    const assigned = await t.prisma.legalCase.create({ data: { title: 'Assigned for canEdit' } });
    const other = await t.prisma.legalCase.create({ data: { title: 'Other for canEdit' } });
    await t.prisma.caseAssignment.create({ data: { caseId: assigned.id, userId: researcher.userId } });
    const theirs = await createPerson({ displayName: 'Defendant Of Theirs' });
    const outsider = await createPerson({ displayName: 'Defendant Of Others' });
    await t.prisma.caseParticipant.create({
      data: { caseId: assigned.id, personId: theirs.id, role: 'defendant' },
    });
    await t.prisma.caseParticipant.create({
      data: { caseId: other.id, personId: outsider.id, role: 'defendant' },
    });
    const rights = async (as: UserSession, id: string) => {
      const { canEdit, canDelete } = (await as.get(`/api/persons/${id}`).expect(200)).body;
      return { canEdit, canDelete };
    };
    const yes = { canEdit: true, canDelete: true };
    const no = { canEdit: false, canDelete: false };

    expect(await rights(researcher, outsider.id)).toEqual(no);
    expect(await rights(researcher, theirs.id)).toEqual(yes);
    expect(await rights(coordinator, outsider.id)).toEqual(yes);
    expect(await rights(viewer, theirs.id)).toEqual(no);
    // Answers of changes carry it too: the researcher's own new person is theirs to edit.
    expect(await createPerson({ displayName: 'Their Own Contact' }, researcher)).toMatchObject(yes);
    // A deleted person must be restored before anything else.
    await coordinator.delete(`/api/persons/${outsider.id}?version=1`).expect(204);
    expect(await rights(coordinator, outsider.id)).toEqual(no);
  });

  it('shows everything a case worker needs on one screen', async () => {
    const p = await createPerson(kozlov);
    const party = await t.prisma.organisation.create({ data: { name: 'Algha!', type: 'party' } });
    const colony = await t.prisma.organisation.create({
      data: { name: 'Colony UG-157/11, Petropavl', type: 'prison' },
    });
    const court = await t.prisma.organisation.create({
      data: { name: 'Medeu District Court', type: 'court' },
    });
    const legalCase = await t.prisma.legalCase.create({
      data: { title: 'Kozlov, Aminov, Sapargali', caseNumber: '1-1/2012', stage: 'verdict' },
    });
    const hiddenCase = await t.prisma.legalCase.create({
      data: { title: 'Secret', confidentiality: 'restricted' },
    });
    await t.prisma.caseParticipant.create({
      data: { caseId: legalCase.id, personId: p.id, role: 'defendant' },
    });
    const provision = await t.prisma.legalProvision.create({
      data: { code: 'Criminal Code of the Republic of Kazakhstan (1997)', article: '164', part: '3' },
    });
    await t.prisma.charge.create({
      data: { caseId: legalCase.id, personId: p.id, provisionId: provision.id, status: 'convicted' },
    });
    await t.prisma.charge.create({
      data: {
        caseId: hiddenCase.id,
        personId: p.id,
        provisionId: provision.id,
        confidentiality: 'restricted',
      },
    });
    const sentence = await t.prisma.sentence.create({
      data: {
        caseId: legalCase.id,
        personId: p.id,
        courtId: court.id,
        kind: 'imprisonment',
        verdictOn: dbDay('2012-10-08'),
        verdictOnPrecision: 'day',
        startedOn: dbDay('2012-01-23'),
        startedOnPrecision: 'day',
        termYears: 7,
        termMonths: 6,
        regime: 'strict',
      },
    });
    const deadline = addDays(toIsoDateUtc(new Date()), 5);
    await t.prisma.appeal.create({
      data: { caseId: legalCase.id, personId: p.id, level: 'un_wgad', deadline: dbDay(deadline) },
    });
    for (let i = 1; i <= 12; i += 1) {
      await t.prisma.caseUpdate.create({
        data: {
          personId: p.id,
          factOn: dbDay(`2013-01-${String(i).padStart(2, '0')}`),
          factOnPrecision: 'day',
          kind: 'statement',
          body: `Update ${i}`,
          authorId: coordinator.userId,
        },
      });
    }
    await coordinator
      .post(`/api/persons/${p.id}/affiliations`, {
        organisationId: party.id,
        role: 'leader',
        startedOn: { value: '2005-01-01', precision: 'year' },
      })
      .expect(201);
    await coordinator
      .post(`/api/persons/${p.id}/detention-periods`, {
        kind: 'prison_colony',
        facilityId: colony.id,
        caseId: legalCase.id,
        startedOn: { value: '2012-12-01', precision: 'month' },
      })
      .expect(201);

    const res = await viewer.get(`/api/persons/${p.id}`).expect(200);
    const d = res.body;
    expect(d.names).toHaveLength(2);
    expect(d.affiliations).toEqual([
      expect.objectContaining({ role: 'leader', organisation: expect.objectContaining({ name: 'Algha!' }) }),
    ]);
    expect(d.detentionPeriods).toEqual([
      expect.objectContaining({
        kind: 'prison_colony',
        facility: expect.objectContaining({ name: 'Colony UG-157/11, Petropavl' }),
        case: expect.objectContaining({ caseNumber: '1-1/2012' }),
      }),
    ]);
    expect(d.cases).toEqual([
      expect.objectContaining({ role: 'defendant', case: expect.objectContaining({ stage: 'verdict' }) }),
    ]);
    // The restricted charge (and its case) is not shown to a viewer.
    expect(d.charges).toHaveLength(1);
    expect(d.charges[0].provision.label).toBe(
      'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
    );
    expect(d.charges[0].case.title).toBe('Kozlov, Aminov, Sapargali');
    expect(d.sentences).toEqual([
      expect.objectContaining({
        id: sentence.id,
        expectedEndOn: { value: '2019-07-23', precision: 'day' },
        court: expect.objectContaining({ name: 'Medeu District Court' }),
        superseded: false,
      }),
    ]);
    expect(d.appeals[0]).toMatchObject({ level: 'un_wgad', deadline, daysUntilDeadline: 5 });
    expect(d.latestUpdates).toHaveLength(10);
    expect(d.latestUpdates[0]).toMatchObject({ factOn: day('2013-01-12'), excerpt: 'Update 12' });
    expect(d.status).toBe('imprisoned');
    expect(d.statusBasis).toMatchObject({ source: 'detention_period', kind: 'prison_colony' });
    expect(d.statusAsOf).toBe(toIsoDateUtc(new Date()));

    const asCoordinator = await coordinator.get(`/api/persons/${p.id}`).expect(200);
    expect(asCoordinator.body.charges).toHaveLength(2);
  });

  it('publishes its operations in the OpenAPI document under unique operationIds', async () => {
    const doc = (await t.http().get('/api/openapi.json').expect(200)).body;
    const operations = Object.values(
      doc.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap((methods) => Object.values(methods).map((m) => m.operationId));
    expect(new Set(operations).size).toBe(operations.length);
    expect(operations).toEqual(
      expect.arrayContaining([
        'listPersons',
        'getPerson',
        'getPersonStatus',
        'createPerson',
        'updatePerson',
        'deletePerson',
        'restorePerson',
        'addAffiliation',
        'updateAffiliation',
        'deleteAffiliation',
        'restoreAffiliation',
        'addDetentionPeriod',
        'updateDetentionPeriod',
        'deleteDetentionPeriod',
        'restoreDetentionPeriod',
      ]),
    );
  });

  describe('list filters', () => {
    let a: { id: string };
    let b: { id: string };
    let c: { id: string };
    let org: { id: string };
    let event: { id: string };
    let legalCase: { id: string };
    let provision: { id: string };

    beforeAll(async () => {
      a = await createPerson({
        displayName: 'Filter Aaa',
        gender: 'female',
        residenceRegion: 'Mangystau',
        birthDate: day('1980-05-01'),
      });
      b = await createPerson({ displayName: 'Filter Bbb', gender: 'male', residenceRegion: 'mangystau' });
      c = await createPerson({ displayName: 'Filter Ccc', gender: 'male', birthDate: day('1970-01-01') });
      org = await t.prisma.organisation.create({ data: { name: 'Oil workers union', type: 'trade_union' } });
      event = await t.prisma.event.create({ data: { title: 'Strike in Zhanaozen', kind: 'strike' } });
      legalCase = await t.prisma.legalCase.create({ data: { title: 'Filter case' } });
      provision = await t.prisma.legalProvision.create({
        data: { code: 'Criminal Code of the Republic of Kazakhstan (1997)', article: '241', part: '3' },
      });
      await t.prisma.affiliation.create({ data: { personId: a.id, organisationId: org.id, role: 'member' } });
      await t.prisma.eventPerson.create({ data: { eventId: event.id, personId: b.id, role: 'participant' } });
      await t.prisma.caseParticipant.create({
        data: { caseId: legalCase.id, personId: a.id, role: 'defendant' },
      });
      await t.prisma.charge.create({
        data: { caseId: legalCase.id, personId: c.id, provisionId: provision.id },
      });
      // a: arrested "December 2011" (month precision); c: arrested 2012-01-20, earlier detention 2010.
      await coordinator
        .post(`/api/persons/${a.id}/detention-periods`, {
          kind: 'pretrial_detention',
          startedOn: { value: '2011-12-01', precision: 'month' },
        })
        .expect(201);
      await coordinator
        .post(`/api/persons/${c.id}/detention-periods`, {
          kind: 'pretrial_detention',
          startedOn: day('2012-01-20'),
        })
        .expect(201);
      await coordinator
        .post(`/api/persons/${c.id}/detention-periods`, {
          kind: 'administrative_arrest',
          startedOn: day('2010-03-01'),
          endedOn: day('2010-03-15'),
        })
        .expect(201);
    });

    const list = async (query: string) => ids(await viewer.get(`/api/persons?q=filter&${query}`).expect(200));

    it('filters by gender, region (any case), organisation, event, case and legal provision', async () => {
      expect(await list('gender=female')).toEqual([a.id]);
      expect(await list('region=MANGYSTAU')).toEqual([a.id, b.id]);
      expect(await list(`organisationId=${org.id}`)).toEqual([a.id]);
      expect(await list(`eventId=${event.id}`)).toEqual([b.id]);
      expect(await list(`caseId=${legalCase.id}`)).toEqual([a.id, c.id]);
      expect(await list(`legalProvisionId=${provision.id}`)).toEqual([c.id]);
    });

    it('filters by the start of the first detention, imprecise dates included', async () => {
      expect(await list('arrestedFrom=2011-12&arrestedTo=2011-12')).toEqual([a.id]);
      expect(await list('arrestedFrom=2011-12-16&arrestedTo=2012-12-31')).toEqual([]);
      expect(await list('arrestedFrom=2010&arrestedTo=2010')).toEqual([c.id]);
      expect(await list('arrestedTo=2011-12-31')).toEqual([a.id, c.id]);
      expect(await list('arrestedFrom=2011-01-01')).toEqual([a.id]);
      await viewer.get('/api/persons?arrestedFrom=2012&arrestedTo=2011').expect(400);
    });

    it('filters by derived status (today or on a given day) and still pages correctly', async () => {
      expect(await list('status=pretrial_detention')).toEqual([a.id, c.id]);
      expect(await list('status=unknown')).toEqual([b.id]);
      expect(await list('status=detained&statusOn=2010-03-10')).toEqual([c.id]);
      expect(await list('status=released&statusOn=2011-06-01')).toEqual([c.id]);
      const page1 = await viewer
        .get('/api/persons?q=filter&status=pretrial_detention&pageSize=1')
        .expect(200);
      const page2 = await viewer
        .get('/api/persons?q=filter&status=pretrial_detention&pageSize=1&page=2')
        .expect(200);
      expect(page1.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      expect([...ids(page1), ...ids(page2)]).toEqual([a.id, c.id]);
      const items = (await viewer.get('/api/persons?q=filter').expect(200)).body.items;
      expect(items.find((i: { id: string }) => i.id === a.id)).toMatchObject({
        status: 'pretrial_detention',
        firstDetainedOn: { value: '2011-12-01', precision: 'month' },
      });
    });

    it('sorts by birth date (unknown last) and by name in both orders', async () => {
      expect(await list('sort=birthDate')).toEqual([c.id, a.id, b.id]);
      expect(await list('sort=birthDate&order=desc')).toEqual([a.id, c.id, b.id]);
      expect(await list('sort=displayName&order=desc')).toEqual([c.id, b.id, a.id]);
    });
  });
});
