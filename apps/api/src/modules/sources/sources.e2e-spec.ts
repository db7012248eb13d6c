import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('sources API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    [coordinator, researcher, viewer] = await Promise.all([
      loginAs(t, 'coordinator'),
      loginAs(t, 'researcher'),
      loginAs(t, 'viewer'),
    ]);
  });
  afterAll(() => t.close());

  const anonymousWitness = {
    kind: 'interview',
    title: 'Interview with a striking oil worker',
    author: 'Aigul Sarsenova',
    contact: 'Signal +7 701 000 00 00',
    identityConfidentiality: 'restricted',
    reliability: 'C',
    credibility: '3',
    publishedOn: { value: '2012-01-01', precision: 'month' },
    language: 'kk',
  };

  it('keeps an anonymous witness anonymous: no author or contact below restricted clearance', async () => {
    const created = (await coordinator.post('/api/sources', anonymousWitness).expect(201)).body;
    expect(created).toMatchObject({
      author: 'Aigul Sarsenova',
      contact: 'Signal +7 701 000 00 00',
      identityConfidentiality: 'restricted',
      grade: 'C3',
    });

    for (const reader of [viewer, researcher]) {
      const detail = (await reader.get(`/api/sources/${created.id}`).expect(200)).body;
      expect(detail.title).toBe(anonymousWitness.title);
      expect(detail).not.toHaveProperty('author');
      expect(detail).not.toHaveProperty('contact');
      const listed = (await reader.get('/api/sources?kind=interview').expect(200)).body.items;
      const item = listed.find((s: { id: string }) => s.id === created.id);
      expect(item).toBeDefined();
      expect(item).not.toHaveProperty('author');
      expect(item).not.toHaveProperty('contact');
      // Searching by the name must not reveal which source it is.
      expect((await reader.get('/api/sources?q=Sarsenova').expect(200)).body.total).toBe(0);
    }
    const full = (await coordinator.get(`/api/sources/${created.id}`).expect(200)).body;
    expect(full).toMatchObject({ author: 'Aigul Sarsenova', contact: 'Signal +7 701 000 00 00' });
    expect((await coordinator.get('/api/sources?q=Sarsenova').expect(200)).body.total).toBe(1);
  });

  it('shows an ordinary author to everyone but a contact only to restricted clearance', async () => {
    const created = (
      await coordinator
        .post('/api/sources', {
          kind: 'media_article',
          title: 'Zhanaozen: one year on',
          author: 'RFE/RL correspondent',
          contact: 'editor@example.org',
          url: 'https://www.rferl.org/a/zhanaozen/24797235.html',
          confidentiality: 'public',
          identityConfidentiality: 'public',
          reliability: 'B',
          credibility: '2',
        })
        .expect(201)
    ).body;
    for (const reader of [viewer, researcher]) {
      const detail = (await reader.get(`/api/sources/${created.id}`).expect(200)).body;
      expect(detail.author).toBe('RFE/RL correspondent');
      expect(detail).not.toHaveProperty('contact');
    }
    expect((await coordinator.get(`/api/sources/${created.id}`).expect(200)).body.contact).toBe(
      'editor@example.org',
    );
    // Admiralty grades: B / 2 in the API, stored as the PostgreSQL enum labels 'B' and '2'.
    const { rows } = await t.pool.query(
      'SELECT reliability::text AS r, credibility::text AS c FROM sources WHERE id = $1',
      [created.id],
    );
    expect(rows[0]).toEqual({ r: 'B', c: '2' });
    const graded = (await viewer.get('/api/sources?reliability=B&credibility=2').expect(200)).body.items;
    expect(graded.map((s: { id: string }) => s.id)).toEqual([created.id]);
    expect(graded[0].grade).toBe('B2');
  });

  it('hides a restricted source from viewers and researchers everywhere', async () => {
    const secret = (
      await coordinator
        .post('/api/sources', {
          kind: 'court_document',
          title: 'Sealed indictment',
          confidentiality: 'restricted',
        })
        .expect(201)
    ).body;
    for (const reader of [viewer, researcher]) {
      await reader.get(`/api/sources/${secret.id}`).expect(404);
      expect((await reader.get('/api/sources?q=sealed').expect(200)).body.total).toBe(0);
    }
    expect((await coordinator.get('/api/sources?q=sealed').expect(200)).body.total).toBe(1);
  });

  it('does not let anyone change identity fields they are not cleared to see', async () => {
    // The researcher interviewed the witness: they may record the name, then no longer read it.
    const own = (await researcher.post('/api/sources', anonymousWitness).expect(201)).body;
    expect(own).not.toHaveProperty('author');
    await researcher.patch(`/api/sources/${own.id}`, { version: 1, author: 'Someone else' }).expect(403);
    await researcher
      .patch(`/api/sources/${own.id}`, { version: 1, identityConfidentiality: 'internal' })
      .expect(403);
    await researcher.patch(`/api/sources/${own.id}`, { version: 1, contact: null }).expect(403);
    const retitled = await researcher
      .patch(`/api/sources/${own.id}`, { version: 1, title: 'Interview, Zhanaozen, January 2012' })
      .expect(200);
    expect(retitled.body).toMatchObject({ version: 2, title: 'Interview, Zhanaozen, January 2012' });
    const stored = await t.prisma.source.findUniqueOrThrow({ where: { id: own.id } });
    expect(stored).toMatchObject({ author: 'Aigul Sarsenova', identityConfidentiality: 'restricted' });
    // A coordinator may unmask it, deliberately, and it is audited.
    await coordinator
      .patch(`/api/sources/${own.id}`, { version: 2, identityConfidentiality: 'internal' })
      .expect(200);
    expect((await researcher.get(`/api/sources/${own.id}`).expect(200)).body.author).toBe('Aigul Sarsenova');
    // A researcher may not edit a source someone else created and no case of theirs cites.
    const others = (await coordinator.post('/api/sources', { kind: 'other', title: 'Leaflet' }).expect(201))
      .body;
    await researcher.patch(`/api/sources/${others.id}`, { version: 1, title: 'Mine now' }).expect(403);
    await viewer.post('/api/sources', { kind: 'other', title: 'Nope' }).expect(403);
  });

  it('rejects hostile input with 400 naming each field and writes nothing', async () => {
    const [sources, audits] = [await t.prisma.source.count(), await t.prisma.auditEntry.count()];
    const res = await coordinator
      .post('/api/sources', {
        kind: 'rumour',
        title: '',
        url: 'javascript:alert(1)',
        reliability: 'G',
        credibility: '7',
        identityConfidentiality: 'secret',
        notes: 'n'.repeat(20_001),
        publishedOn: { value: '2012-13-01', precision: 'day' },
        hacker: true,
      })
      .expect(400);
    expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining([
        'body.kind',
        'body.title',
        'body.url',
        'body.reliability',
        'body.credibility',
        'body.identityConfidentiality',
        'body.notes',
        'body.publishedOn.value',
        'body.hacker',
      ]),
    );
    const missingPublisher = await coordinator
      .post('/api/sources', {
        kind: 'other',
        title: 'x',
        publisherId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(missingPublisher.body.details.issues[0].path).toBe('body.publisherId');
    expect(await t.prisma.source.count()).toBe(sources);
    expect(await t.prisma.auditEntry.count()).toBe(audits);
  });

  it('gives one success and one 409 for two edits of the same version, and audits the winner', async () => {
    const created = (
      await coordinator.post('/api/sources', { kind: 'ngo_report', title: 'HRW report' }).expect(201)
    ).body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/sources/${created.id}`, { version: 1, reliability: 'A' }),
      coordinator.patch(`/api/sources/${created.id}`, { version: 1, reliability: 'B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body.details.current.version).toBe(2);
    const audit = await t.prisma.auditEntry.findMany({
      where: { entityType: 'Source', entityId: created.id },
    });
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('soft-deletes and restores', async () => {
    const created = (
      await coordinator.post('/api/sources', { kind: 'other', title: 'Leaked memo' }).expect(201)
    ).body;
    await coordinator.delete(`/api/sources/${created.id}?version=1`).expect(204);
    expect((await coordinator.get('/api/sources?q=leaked').expect(200)).body.total).toBe(0);
    expect((await coordinator.get('/api/sources?q=leaked&includeDeleted=true').expect(200)).body.total).toBe(
      1,
    );
    await viewer.get(`/api/sources/${created.id}`).expect(404);
    const restored = await coordinator.post(`/api/sources/${created.id}/restore`, { version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ deletedAt: null, version: 3 });
    await coordinator.post(`/api/sources/${created.id}/restore`, { version: 3 }).expect(409);
  });
});
