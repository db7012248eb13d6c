import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** Persons and cases are created directly in the database: this file tests case updates only. */
describe('case updates API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;
  let kozlov: { id: string };
  let kozlovCase: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    [coordinator, researcher, viewer] = await Promise.all([
      loginAs(t, 'coordinator'),
      loginAs(t, 'researcher'),
      loginAs(t, 'viewer'),
    ]);
    kozlov = await t.prisma.person.create({
      data: { displayName: 'Vladimir Kozlov', searchKey: 'vladimir kozlov', confidentiality: 'public' },
    });
    kozlovCase = await t.prisma.legalCase.create({
      data: {
        title: 'Case of Kozlov, Aminov and Sapargali',
        caseNumber: '1-120/2012',
        confidentiality: 'public',
      },
    });
    await t.prisma.caseParticipant.create({
      data: { caseId: kozlovCase.id, personId: kozlov.id, role: 'defendant' },
    });
  });
  afterAll(() => t.close());

  const timeline = async (who: UserSession, path: string) =>
    (await who.get(`/api/${path}/timeline`).expect(200)).body as {
      items: {
        id: string;
        factOn: { value: string; precision: string };
        sources: Record<string, unknown>[];
      }[];
      total: number;
    };

  it('adds an update with a typed month date in one request and shows it on both timelines at once', async () => {
    const res = await coordinator
      .post('/api/case-updates', {
        personId: kozlov.id,
        caseId: kozlovCase.id,
        factOnText: '12.2011',
        kind: 'arrest',
        title: 'Questioned as a witness',
        body: 'Kozlov is questioned about the Zhanaozen events.',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      factOn: { value: '2011-12-01', precision: 'month' },
      person: { id: kozlov.id, displayName: 'Vladimir Kozlov' },
      case: { id: kozlovCase.id, caseNumber: '1-120/2012' },
      author: { id: coordinator.userId },
      version: 1,
    });
    const stored = await t.prisma.caseUpdate.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored.factOn.toISOString().slice(0, 10)).toBe('2011-12-01');
    expect(stored.factOnPrecision).toBe('month');
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'CaseUpdate', entityId: res.body.id },
    });
    expect(audit).toMatchObject({ action: 'create', actorId: coordinator.userId });

    expect((await timeline(viewer, `persons/${kozlov.id}`)).items.map((u) => u.id)).toContain(res.body.id);
    expect((await timeline(viewer, `cases/${kozlovCase.id}`)).items.map((u) => u.id)).toContain(res.body.id);
  });

  it('sorts a timeline by the date of the fact, a vague date by its first day, then by entry', async () => {
    const person = await t.prisma.person.create({ data: { displayName: 'Serik Sapargali' } });
    const add = async (factOn: object, title: string) =>
      (
        await coordinator
          .post('/api/case-updates', { personId: person.id, kind: 'other', title, body: title, ...factOn })
          .expect(201)
      ).body.id as string;
    const year = await add({ factOnText: '2011' }, 'Sometime in 2011');
    const day = await add({ factOn: { value: '2011-12-16', precision: 'day' } }, '16 December');
    const month = await add({ factOnText: 'декабрь 2011' }, 'December');
    const sameDayLater = await add({ factOnText: '16.12.2011' }, '16 December, entered later');
    const list = await timeline(viewer, `persons/${person.id}`);
    expect(list.items.map((u) => u.id)).toEqual([sameDayLater, day, month, year]);
    expect(list.total).toBe(4);
    const paged = (await viewer.get(`/api/persons/${person.id}/timeline?page=2&pageSize=3`).expect(200)).body;
    expect(paged.items.map((u: { id: string }) => u.id)).toEqual([year]);
    const december = (await viewer.get(`/api/persons/${person.id}/timeline?from=2011-12-10`).expect(200))
      .body;
    // "December 2011" reaches the 10th; "2011" does too (its period ends on 31 December).
    expect(december.total).toBe(4);
    const early = (await viewer.get(`/api/persons/${person.id}/timeline?to=2011-11-30`).expect(200)).body;
    expect(early.items.map((u: { id: string }) => u.id)).toEqual([year]);
  });

  it('filters confidential entries and hidden sources out of the timeline, and redacts anonymous authors', async () => {
    const [open, witness, secret] = await Promise.all([
      t.prisma.source.create({
        data: { kind: 'media_article', title: 'Vremya article', confidentiality: 'public' },
      }),
      t.prisma.source.create({
        data: {
          kind: 'interview',
          title: 'Cellmate interview',
          author: 'Cellmate B.',
          identityConfidentiality: 'restricted',
        },
      }),
      t.prisma.source.create({
        data: { kind: 'court_document', title: 'Sealed medical report', confidentiality: 'restricted' },
      }),
    ]);
    const update = (
      await coordinator
        .post('/api/case-updates', {
          personId: kozlov.id,
          factOnText: '2012-03-05',
          kind: 'health',
          body: 'Health worsened in pretrial detention.',
          sourceIds: [open.id, witness.id, secret.id],
        })
        .expect(201)
    ).body;
    const hidden = (
      await coordinator
        .post('/api/case-updates', {
          personId: kozlov.id,
          factOnText: '2012-03-06',
          kind: 'statement',
          body: 'Lawyer strategy notes.',
          confidentiality: 'restricted',
        })
        .expect(201)
    ).body;

    const entry = (await timeline(viewer, `persons/${kozlov.id}`)).items.find((u) => u.id === update.id)!;
    // Added together, so in title order: "Cellmate interview", "Vremya article".
    expect(entry.sources.map((s) => s.id)).toEqual([witness.id, open.id]);
    expect(entry.sources[0]).toMatchObject({
      title: 'Cellmate interview',
      identityConfidentiality: 'restricted',
    });
    expect(entry.sources[0]).not.toHaveProperty('author');
    expect(entry.sources[0]).not.toHaveProperty('contact');
    expect((await timeline(viewer, `persons/${kozlov.id}`)).items.map((u) => u.id)).not.toContain(hidden.id);
    await viewer.get(`/api/case-updates/${hidden.id}`).expect(404);

    const full = (await timeline(coordinator, `persons/${kozlov.id}`)).items;
    expect(full.map((u) => u.id)).toContain(hidden.id);
    const fullEntry = full.find((u) => u.id === update.id)!;
    expect(fullEntry.sources).toHaveLength(3);
    expect(fullEntry.sources[0]).toMatchObject({ id: witness.id, author: 'Cellmate B.' });

    // A researcher editing the sources cannot remove the one they cannot see.
    await t.prisma.caseAssignment.create({ data: { caseId: kozlovCase.id, userId: researcher.userId } });
    const edited = await researcher
      .patch(`/api/case-updates/${update.id}`, { version: 1, sourceIds: [open.id] })
      .expect(200);
    expect(edited.body.sources.map((s: { id: string }) => s.id)).toEqual([open.id]);
    const links = await t.prisma.caseUpdateSource.findMany({ where: { caseUpdateId: update.id } });
    expect(links.map((l) => l.sourceId).sort()).toEqual([open.id, secret.id].sort());
    await t.prisma.caseAssignment.deleteMany({ where: { userId: researcher.userId } });

    // An update about a restricted case is hidden with the case.
    const sealedCase = await t.prisma.legalCase.create({
      data: { title: 'Sealed case', confidentiality: 'restricted' },
    });
    const aboutSealed = (
      await coordinator
        .post('/api/case-updates', {
          personId: kozlov.id,
          caseId: sealedCase.id,
          factOnText: '2012',
          kind: 'other',
          body: 'x',
        })
        .expect(201)
    ).body;
    expect((await timeline(viewer, `persons/${kozlov.id}`)).items.map((u) => u.id)).not.toContain(
      aboutSealed.id,
    );
    await viewer.get(`/api/cases/${sealedCase.id}/timeline`).expect(404);
  });

  it('rejects hostile bodies with 400 naming the field and writes nothing', async () => {
    const secret = await t.prisma.source.create({
      data: { kind: 'interview', title: 'Restricted', confidentiality: 'restricted' },
    });
    await t.prisma.caseAssignment.create({ data: { caseId: kozlovCase.id, userId: researcher.userId } });
    const counts = async () => [
      await t.prisma.caseUpdate.count(),
      await t.prisma.caseUpdateSource.count(),
      await t.prisma.auditEntry.count({ where: { entityType: 'CaseUpdate' } }),
    ];
    const before = await counts();
    const valid = { personId: kozlov.id, factOnText: '2012', kind: 'other', body: 'Text' };
    const cases: [object, string, UserSession?][] = [
      [{ ...valid, personId: undefined }, 'body.personId'],
      [{ ...valid, factOnText: 'soon' }, 'body.factOnText'],
      [{ ...valid, factOnText: '30.02.2011' }, 'body.factOnText'],
      [{ ...valid, factOnText: undefined }, 'body.factOn'],
      [{ ...valid, factOn: { value: '2011-12-01', precision: 'month' } }, 'body.factOnText'],
      [
        { ...valid, factOn: { value: '2011-12-16', precision: 'month' }, factOnText: undefined },
        'body.factOn.value',
      ],
      [{ ...valid, body: 'x'.repeat(20_001) }, 'body.body'],
      [{ ...valid, body: '   ' }, 'body.body'],
      [{ ...valid, kind: 'rumour' }, 'body.kind'],
      [{ ...valid, authorId: 'me' }, 'body.authorId'],
      [{ ...valid, isAdmin: true }, 'body.isAdmin'],
      [{ ...valid, sourceIds: ['not-a-uuid'] }, 'body.sourceIds.0'],
      [{ ...valid, personId: '00000000-0000-4000-8000-000000000000' }, 'body.personId'],
      [{ ...valid, caseId: '00000000-0000-4000-8000-000000000000' }, 'body.caseId'],
      [{ ...valid, authorId: '00000000-0000-4000-8000-000000000000' }, 'body.authorId'],
      [{ ...valid, sourceIds: [secret.id] }, 'body.sourceIds.0', researcher],
    ];
    for (const [body, path, who = coordinator] of cases) {
      const res = await who.post('/api/case-updates', body);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    // Malformed JSON: the raw request, since the helper sends objects.
    await t
      .http()
      .post('/api/case-updates')
      .set('cookie', coordinator.cookie)
      .set('x-csrf-token', coordinator.csrfToken)
      .set('content-type', 'application/json')
      .send('{"personId": ')
      .expect(400);
    expect(await counts()).toEqual(before);
    await t.prisma.caseAssignment.deleteMany({ where: { userId: researcher.userId } });
  });

  it('lets researchers add updates only within their cases or to records they created; viewers never', async () => {
    const body = {
      caseId: kozlovCase.id,
      factOnText: '2012-10-08',
      kind: 'verdict',
      body: 'Sentenced to 7.5 years.',
    };
    await viewer.post('/api/case-updates', body).expect(403);
    await researcher.post('/api/case-updates', body).expect(403);
    await researcher
      .post('/api/case-updates', { ...body, caseId: undefined, personId: kozlov.id })
      .expect(403);
    await t.prisma.caseAssignment.create({ data: { caseId: kozlovCase.id, userId: researcher.userId } });
    const added = await researcher.post('/api/case-updates', body).expect(201);
    // Kozlov is a defendant in the assigned case, so his timeline is in reach too.
    await researcher
      .post('/api/case-updates', { ...body, caseId: undefined, personId: kozlov.id })
      .expect(201);
    await t.prisma.caseAssignment.deleteMany({ where: { userId: researcher.userId } });
    // Their own update stays theirs to correct.
    await researcher
      .patch(`/api/case-updates/${added.body.id}`, { version: 1, title: 'Verdict' })
      .expect(200);

    const ownPerson = await t.prisma.person.create({
      data: { displayName: 'Newly reported detainee', createdById: researcher.userId },
    });
    await researcher
      .post('/api/case-updates', { ...body, caseId: undefined, personId: ownPerson.id, kind: 'arrest' })
      .expect(201);
  });

  it('gives one success and one 409 for two edits of the same version', async () => {
    const created = (
      await coordinator
        .post('/api/case-updates', {
          caseId: kozlovCase.id,
          factOnText: '2012-08-16',
          kind: 'hearing',
          body: 'Trial opens.',
        })
        .expect(201)
    ).body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/case-updates/${created.id}`, { version: 1, body: 'Trial opens in Aktau.' }),
      coordinator.patch(`/api/case-updates/${created.id}`, { version: 1, factOnText: '17.08.2012' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body.code).toBe('VERSION_CONFLICT');
    expect(conflict.body.details.current.version).toBe(2);
    expect(await t.prisma.auditEntry.count({ where: { entityId: created.id, action: 'update' } })).toBe(1);
    const moved = await coordinator
      .patch(`/api/case-updates/${created.id}`, { version: 2, personId: kozlov.id, caseId: null })
      .expect(200);
    expect(moved.body).toMatchObject({ person: { id: kozlov.id }, case: null });
    const orphan = await coordinator
      .patch(`/api/case-updates/${created.id}`, { version: 3, personId: null })
      .expect(400);
    expect(orphan.body.details.issues[0].path).toBe('body.personId');
  });

  it('soft-deletes an update (gone from timelines) and restores it', async () => {
    const created = (
      await coordinator
        .post('/api/case-updates', {
          caseId: kozlovCase.id,
          factOnText: '2013',
          kind: 'transfer',
          body: 'Moved to a colony.',
        })
        .expect(201)
    ).body;
    await coordinator.delete(`/api/case-updates/${created.id}?version=1`).expect(204);
    expect((await timeline(coordinator, `cases/${kozlovCase.id}`)).items.map((u) => u.id)).not.toContain(
      created.id,
    );
    await viewer.get(`/api/case-updates/${created.id}`).expect(404);
    expect(
      (await coordinator.get(`/api/case-updates/${created.id}`).expect(200)).body.deletedAt,
    ).not.toBeNull();
    await coordinator.post(`/api/case-updates/${created.id}/restore`, { version: 2 }).expect(200);
    expect((await timeline(viewer, `cases/${kozlovCase.id}`)).items.map((u) => u.id)).toContain(created.id);
    const actions = await t.prisma.auditEntry.findMany({
      where: { entityId: created.id },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('lists recent updates across the file with full-text search and filters', async () => {
    const hunger = (
      await coordinator
        .post('/api/case-updates', {
          personId: kozlov.id,
          factOnText: '2014-05',
          kind: 'health',
          title: 'Голодовка',
          body: 'Козлов объявил голодовку в колонии.',
        })
        .expect(201)
    ).body;
    const search = async (query: string) =>
      (await viewer.get(`/api/case-updates?${query}`).expect(200)).body.items.map(
        (u: { id: string }) => u.id,
      );
    expect(await search(`q=${encodeURIComponent('голодовку')}`)).toEqual([hunger.id]);
    expect(await search(`q=${encodeURIComponent('Голодовка колонии')}`)).toEqual([hunger.id]);
    expect(await search(`q=${encodeURIComponent('голодовку aktau')}`)).toEqual([]);
    expect(await search('kind=health&from=2014&to=2014')).toEqual([hunger.id]);
    // Newest entries first by default.
    expect((await search(''))[0]).toBe(hunger.id);
    await viewer.get('/api/case-updates?kind=gossip').expect(400);
  });
});
