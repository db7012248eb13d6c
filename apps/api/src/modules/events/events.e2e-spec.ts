import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('events API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let viewer: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await loginAs(t, 'coordinator');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.close());

  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((e) => e.id);

  const zhanaozen = {
    title: 'Zhanaozen massacre',
    kind: 'clash',
    startedOn: { value: '2011-12-16', precision: 'day' },
    endedOn: { value: '2011-12-17', precision: 'day' },
    country: 'KZ',
    region: 'Mangystau',
    place: 'Zhanaozen, central square',
    confidentiality: 'public',
    names: [
      { value: 'Жанаозенские события', script: 'cyrl', kind: 'alias' },
      { value: 'Janaozen events', script: 'lat', kind: 'transliteration' },
    ],
  };

  it('creates an event, audits it, and finds it by Zhanaozen, Janaozen or Жанаозен', async () => {
    const res = await coordinator.post('/api/events', zhanaozen).expect(201);
    expect(res.body).toMatchObject({
      title: 'Zhanaozen massacre',
      version: 1,
      startedOn: { value: '2011-12-16', precision: 'day' },
      names: expect.arrayContaining([expect.objectContaining({ value: 'Жанаозенские события' })]),
      casualties: [],
      persons: [],
      organisations: [],
      cases: [],
    });
    const audit = await t.prisma.auditEntry.findFirst({
      where: { entityType: 'Event', entityId: res.body.id, action: 'create' },
    });
    expect(audit?.actorId).toBe(coordinator.userId);

    for (const q of ['Zhanaozen', 'Janaozen', 'Жанаозен', 'Жаңаөзен', 'janaozen massacre']) {
      const found = await viewer.get(`/api/events?q=${encodeURIComponent(q)}`).expect(200);
      expect(ids(found)).toEqual([res.body.id]);
    }
    const none = await viewer.get(`/api/events?q=${encodeURIComponent('Aktau')}`).expect(200);
    expect(none.body.total).toBe(0);
  });

  it('filters by kind, country, region and by periods, reading vague dates sensibly', async () => {
    // "January 2012", month precision: covers 2012-01-01 .. 2012-01-31.
    const strike = (
      await coordinator
        .post('/api/events', {
          title: 'Oil workers strike (Shetpe)',
          kind: 'strike',
          startedOn: { value: '2012-01-01', precision: 'month' },
          country: 'KZ',
          region: 'Mangystau',
        })
        .expect(201)
    ).body;
    const list = async (query: string) => ids(await viewer.get(`/api/events?${query}`).expect(200));

    expect(await list('kind=strike')).toEqual([strike.id]);
    expect(await list('country=KZ&region=mangystau')).toHaveLength(2);
    // A vague event counts when its period touches the window.
    expect(await list('kind=strike&from=2012-01-20')).toEqual([strike.id]);
    expect(await list('kind=strike&to=2012-01-05')).toEqual([strike.id]);
    expect(await list('kind=strike&from=2012-02-01')).toEqual([]);
    // Vague bounds cover their whole period: to=2011 ends on 31 December 2011.
    const in2011 = await list('to=2011');
    expect(in2011).toHaveLength(1);
    expect(await list('from=12.2011&to=12.2011')).toEqual(in2011);
    expect(await list('from=2012')).toEqual([strike.id]);
    // Newest first by default.
    expect((await list('region=Mangystau'))[0]).toBe(strike.id);

    const bad = await viewer.get('/api/events?from=someday&to=2011&kind=party').expect(400);
    expect(bad.body.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['query.from', 'query.kind']),
    );
    const reversed = await viewer.get('/api/events?from=2012&to=2011').expect(400);
    expect(reversed.body.details.issues[0].path).toBe('query.to');
  });

  it('shows casualty figures with their sources, linked people, organisations and cases, hiding what the reader may not see', async () => {
    const event = (
      await coordinator.post('/api/events', { ...zhanaozen, title: 'Clash, detail test' }).expect(201)
    ).body;
    const official = await t.prisma.source.create({
      data: { kind: 'official_statement', title: 'Prosecutor General statement', confidentiality: 'public' },
    });
    const witness = await t.prisma.source.create({
      data: {
        kind: 'interview',
        title: 'Interview with a resident',
        author: 'Resident A.',
        identityConfidentiality: 'restricted',
        confidentiality: 'internal',
      },
    });
    const secret = await t.prisma.source.create({
      data: { kind: 'interview', title: 'Hospital staff account', confidentiality: 'restricted' },
    });
    const person = await t.prisma.person.create({ data: { displayName: 'Roza Tuletayeva' } });
    const hidden = await t.prisma.person.create({ data: { displayName: 'Protected witness' } });
    const police = await t.prisma.organisation.create({ data: { name: 'Zhanaozen police', type: 'police' } });
    const openCase = await t.prisma.legalCase.create({ data: { title: 'Case of the oil workers' } });
    const closedCase = await t.prisma.legalCase.create({
      data: { title: 'Sealed case', confidentiality: 'restricted' },
    });
    await t.prisma.caseEvent.createMany({
      data: [
        { caseId: openCase.id, eventId: event.id },
        { caseId: closedCase.id, eventId: event.id },
      ],
    });

    const killed = await coordinator
      .post(`/api/events/${event.id}/casualties`, {
        kind: 'killed',
        count: 16,
        qualifier: 'at_least',
        sourceId: official.id,
        reportedOn: { value: '2011-12-01', precision: 'month' },
      })
      .expect(201);
    expect(killed.body).toMatchObject({ count: 16, source: { id: official.id, title: official.title } });
    await coordinator
      .post(`/api/events/${event.id}/casualties`, { kind: 'injured', count: 100, sourceId: witness.id })
      .expect(201);
    await coordinator
      .post(`/api/events/${event.id}/casualties`, { kind: 'killed', count: 70, sourceId: secret.id })
      .expect(201);
    await coordinator
      .post(`/api/events/${event.id}/persons`, { personId: person.id, role: 'participant' })
      .expect(201);
    await coordinator
      .post(`/api/events/${event.id}/persons`, {
        personId: hidden.id,
        role: 'witness',
        confidentiality: 'restricted',
      })
      .expect(201);
    const orgLink = await coordinator
      .post(`/api/events/${event.id}/organisations`, {
        organisationId: police.id,
        role: 'alleged_perpetrator',
      })
      .expect(201);
    expect(orgLink.body.organisation).toMatchObject({ id: police.id, name: 'Zhanaozen police' });

    const full = (await coordinator.get(`/api/events/${event.id}`).expect(200)).body;
    expect(full.casualties).toHaveLength(3);
    expect(full.persons).toHaveLength(2);
    expect(full.cases).toHaveLength(2);
    const witnessFigure = full.casualties.find((c: { count: number }) => c.count === 100);
    expect(witnessFigure.source.author).toBe('Resident A.');

    const seen = (await viewer.get(`/api/events/${event.id}`).expect(200)).body;
    // The figure stays; a source the viewer may not see is not named.
    expect(seen.casualties.map((c: { count: number }) => c.count).sort()).toEqual([100, 16, 70].sort());
    expect(seen.casualties.find((c: { count: number }) => c.count === 70).source).toBeNull();
    const anonymous = seen.casualties.find((c: { count: number }) => c.count === 100).source;
    expect(anonymous.title).toBe('Interview with a resident');
    expect(anonymous).not.toHaveProperty('author');
    expect(seen.persons).toEqual([
      expect.objectContaining({
        person: { id: person.id, displayName: 'Roza Tuletayeva' },
        role: 'participant',
      }),
    ]);
    expect(seen.organisations).toEqual([expect.objectContaining({ role: 'alleged_perpetrator' })]);
    expect(seen.cases).toEqual([
      expect.objectContaining({ id: openCase.id, title: 'Case of the oil workers' }),
    ]);

    // Filters by linked person / organisation, never through a link the reader may not see.
    expect(ids(await viewer.get(`/api/events?personId=${person.id}`).expect(200))).toEqual([event.id]);
    expect(ids(await viewer.get(`/api/events?organisationId=${police.id}`).expect(200))).toEqual([event.id]);
    expect(ids(await viewer.get(`/api/events?personId=${hidden.id}`).expect(200))).toEqual([]);
    expect(ids(await coordinator.get(`/api/events?personId=${hidden.id}`).expect(200))).toEqual([event.id]);
  });

  it('adds and removes casualty figures and links, with audit entries', async () => {
    const event = (
      await coordinator.post('/api/events', { title: 'Raid on Algha! office', kind: 'raid' }).expect(201)
    ).body;
    const person = await t.prisma.person.create({ data: { displayName: 'Vladimir Kozlov' } });
    const org = await t.prisma.organisation.create({ data: { name: 'Algha!', type: 'party' } });

    const figure = (
      await coordinator.post(`/api/events/${event.id}/casualties`, { kind: 'detained', count: 3 }).expect(201)
    ).body;
    await coordinator.delete(`/api/event-casualties/${figure.id}?version=1`).expect(204);
    expect((await coordinator.get(`/api/events/${event.id}`).expect(200)).body.casualties).toEqual([]);
    // Soft delete: the figure is still in the file.
    expect((await t.prisma.eventCasualty.findUnique({ where: { id: figure.id } }))?.deletedAt).not.toBeNull();

    const link = (
      await coordinator
        .post(`/api/events/${event.id}/persons`, { personId: person.id, role: 'victim' })
        .expect(201)
    ).body;
    const twice = await coordinator
      .post(`/api/events/${event.id}/persons`, { personId: person.id, role: 'victim' })
      .expect(409);
    expect(twice.body.code).toBe('ALREADY_EXISTS');
    await coordinator.delete(`/api/event-persons/${link.id}`).expect(204);
    const orgLink = (
      await coordinator
        .post(`/api/events/${event.id}/organisations`, { organisationId: org.id, role: 'victim' })
        .expect(201)
    ).body;
    await coordinator.delete(`/api/event-organisations/${orgLink.id}`).expect(204);
    expect((await coordinator.get(`/api/events/${event.id}`).expect(200)).body).toMatchObject({
      persons: [],
      organisations: [],
    });

    const audit = await t.prisma.auditEntry.findMany({
      where: { entityId: { in: [figure.id, link.id, orgLink.id] } },
      orderBy: { id: 'asc' },
      select: { entityType: true, action: true },
    });
    expect(audit).toEqual([
      { entityType: 'EventCasualty', action: 'create' },
      { entityType: 'EventCasualty', action: 'delete' },
      { entityType: 'EventPerson', action: 'create' },
      { entityType: 'EventPerson', action: 'delete' },
      { entityType: 'EventOrganisation', action: 'create' },
      { entityType: 'EventOrganisation', action: 'delete' },
    ]);
  });

  it('rejects hostile input with 400 naming each field and writes nothing', async () => {
    const [events, audits] = [await t.prisma.event.count(), await t.prisma.auditEntry.count()];
    const res = await coordinator
      .post('/api/events', {
        title: 'x'.repeat(5000),
        kind: 'party',
        startedOn: { value: '2011-02-30', precision: 'day' },
        country: 'Kazakhstan',
        extra: '<script>',
      })
      .expect(400);
    expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining([
        'body.title',
        'body.kind',
        'body.startedOn.value',
        'body.country',
        'body.extra',
      ]),
    );
    const reversed = await coordinator
      .post('/api/events', {
        title: 'Ends before it starts',
        kind: 'protest',
        startedOn: { value: '2011-12-16', precision: 'day' },
        endedOn: { value: '2011-11-01', precision: 'month' },
      })
      .expect(400);
    expect(reversed.body.details.issues[0].path).toBe('body.endedOn');
    // A month-precision end in the start's month is fine: it lasts until the end of that month.
    const event = (
      await coordinator
        .post('/api/events', {
          title: 'December protests',
          kind: 'protest',
          startedOn: { value: '2011-12-16', precision: 'day' },
          endedOn: { value: '2011-12-01', precision: 'month' },
        })
        .expect(201)
    ).body;
    const missingPerson = await coordinator
      .post(`/api/events/${event.id}/persons`, {
        personId: '00000000-0000-4000-8000-000000000000',
        role: 'victim',
      })
      .expect(400);
    expect(missingPerson.body.details.issues[0].path).toBe('body.personId');
    const badFigure = await coordinator
      .post(`/api/events/${event.id}/casualties`, { kind: 'killed', count: -1, sourceId: 'nope' })
      .expect(400);
    expect(badFigure.body.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['body.count', 'body.sourceId']),
    );
    const missingSource = await coordinator
      .post(`/api/events/${event.id}/casualties`, {
        kind: 'killed',
        count: 1,
        sourceId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(missingSource.body.details.issues[0].path).toBe('body.sourceId');
    expect(await t.prisma.event.count()).toBe(events + 1);
    expect(await t.prisma.auditEntry.count()).toBe(audits + 1);
    expect(await t.prisma.eventCasualty.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('gives one success and one 409 with the current record for two edits of the same version', async () => {
    const created = (
      await coordinator.post('/api/events', { title: 'Aktau rally', kind: 'protest' }).expect(201)
    ).body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/events/${created.id}`, { version: 1, place: 'Aktau' }),
      coordinator.patch(`/api/events/${created.id}`, { version: 1, place: 'Ақтау' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body.code).toBe('VERSION_CONFLICT');
    expect(conflict.body.details.current.version).toBe(2);
    expect(await t.prisma.auditEntry.count({ where: { entityId: created.id, action: 'update' } })).toBe(1);
    // The place feeds the search key: Aqtau finds it whichever spelling won.
    const found = await viewer.get('/api/events?q=Aqtau').expect(200);
    expect(ids(found)).toEqual([created.id]);
  });

  it('soft-deletes, hides from lists, and restores', async () => {
    const created = (
      await coordinator.post('/api/events', { title: 'Closure of Respublika', kind: 'closure' }).expect(201)
    ).body;
    await coordinator.delete(`/api/events/${created.id}?version=1`).expect(204);
    expect((await coordinator.get('/api/events?q=respublika').expect(200)).body.total).toBe(0);
    expect(
      (await coordinator.get('/api/events?q=respublika&includeDeleted=true').expect(200)).body.total,
    ).toBe(1);
    expect((await coordinator.get(`/api/events/${created.id}`).expect(200)).body.deletedAt).not.toBeNull();
    await viewer.get(`/api/events/${created.id}`).expect(404);
    const restored = await coordinator.post(`/api/events/${created.id}/restore`, { version: 2 }).expect(200);
    expect(restored.body.deletedAt).toBeNull();
    const actions = await t.prisma.auditEntry.findMany({
      where: { entityId: created.id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('hides restricted events from a viewer and forbids viewers to write', async () => {
    const secret = (
      await coordinator
        .post('/api/events', { title: 'Unreported raid', kind: 'raid', confidentiality: 'restricted' })
        .expect(201)
    ).body;
    await viewer.get(`/api/events/${secret.id}`).expect(404);
    expect((await viewer.get('/api/events?q=unreported').expect(200)).body.total).toBe(0);
    await viewer.post('/api/events', { title: 'Nope', kind: 'other' }).expect(403);
    await viewer.post(`/api/events/${secret.id}/casualties`, { kind: 'killed', count: 1 }).expect(403);
  });
});
