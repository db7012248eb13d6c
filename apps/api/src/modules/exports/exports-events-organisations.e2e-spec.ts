import { searchKey } from '@habeas/shared';
import { createUser, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { loadDemoData } from '../demo-data/load-demo-data';
import { csvRecords } from './csv-test-utils';

const HOSTILE = '=HYPERLINK("http://evil","x")';
const CLASH = 'Police fire on protesters on the central square of Zhanaozen';

/** The events and organisations exports: same policy, filters and audit as the other list exports. */
describe('events and organisations exports', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;
  const suffix = Math.random().toString(36).slice(2, 8);
  const eventCanary = `CANARY-EVENT-${suffix}`;
  const orgCanary = `CANARY-ORG-${suffix}`;
  const internalEvent = `Internal demo meeting ${suffix}`;
  const childOrg = `Child unit ${suffix}`;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createUser(t, 'admin');
    await loadDemoData(t.prisma, { actorId: admin.id });
    await t.prisma.event.create({
      data: {
        title: eventCanary,
        kind: 'protest',
        country: 'KZ',
        confidentiality: 'restricted',
        searchKey: searchKey([eventCanary]),
      },
    });
    await t.prisma.event.create({
      data: {
        title: internalEvent,
        kind: 'other',
        country: 'KZ',
        description: HOSTILE,
        confidentiality: 'internal',
        searchKey: searchKey([internalEvent]),
      },
    });
    const restrictedOrg = await t.prisma.organisation.create({
      data: {
        name: orgCanary,
        type: 'ngo',
        confidentiality: 'restricted',
        searchKey: searchKey([orgCanary]),
      },
    });
    await t.prisma.organisation.create({
      data: {
        name: childOrg,
        type: 'ngo',
        country: 'KZ',
        notes: HOSTILE,
        parentId: restrictedOrg.id,
        confidentiality: 'internal',
        searchKey: searchKey([childOrg]),
      },
    });
    coordinator = await loginAs(t, 'coordinator');
    researcher = await loginAs(t, 'researcher');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.close());

  it('exports events with readable kinds, dates as written and casualty figures', async () => {
    const res = await coordinator.get('/api/exports/events').expect(200);
    expect(res.headers['content-disposition']).toMatch(/filename="habeas-events-\d{4}-\d{2}-\d{2}\.csv"/);
    const records = csvRecords(res.text);
    const visible = await t.prisma.event.count({ where: { deletedAt: null } });
    expect(records).toHaveLength(visible);
    expect(res.headers['x-export-rows']).toBe(String(visible));
    const clash = records.find((r) => r.Title === CLASH)!;
    expect(clash).toMatchObject({
      Kind: 'clash',
      Start: '16 December 2011',
      End: '',
      Country: 'KZ',
      Region: 'Mangistau oblast',
      Casualties: 'killed: at least 16; detained: at least 31',
    });
    const strike = records.find((r) => r.Kind === 'strike')!;
    expect(strike).toMatchObject({ Start: 'May 2011', End: 'December 2011' });
    expect(records.map((r) => r.Title)).toContain(eventCanary);
    // Formula neutralisation of text cells.
    expect(records.find((r) => r.Title === internalEvent)?.Description).toBe(`'${HOSTILE}`);

    const ru = csvRecords(
      (await coordinator.get('/api/exports/events?lang=ru&columns=title,startedOn')).text,
    );
    expect(ru.find((r) => r.Title === CLASH)?.Start).toBe('16 декабря 2011');
  });

  it('keeps restricted events out of a researcher export, refuses viewers and narrows the public variant', async () => {
    const forResearcher = await researcher.get('/api/exports/events').expect(200);
    expect(forResearcher.text).not.toContain(eventCanary);
    expect(forResearcher.text).toContain(internalEvent);
    await viewer.get('/api/exports/events').expect(403);

    const publicVariant = await coordinator.get('/api/exports/events?variant=public').expect(200);
    expect(publicVariant.text).not.toContain(eventCanary);
    expect(publicVariant.text).not.toContain(internalEvent);
    expect(publicVariant.text).toContain(CLASH);
    expect(Object.keys(csvRecords(publicVariant.text)[0]!)).not.toContain('Confidentiality');
    const internalColumn = await coordinator
      .get('/api/exports/events?variant=public&columns=title,confidentiality')
      .expect(400);
    expect(internalColumn.body.details.issues[0].message).toContain('public variant');
  });

  it('applies the events list filters (kind as status, text in any script, country, region, period, links)', async () => {
    const titles = async (query: string) =>
      csvRecords((await coordinator.get(`/api/exports/events?columns=title&${query}`).expect(200)).text)
        .map((r) => r.Title)
        .sort();
    expect(await titles('status=clash')).toEqual([CLASH]);
    expect(await titles(`q=${encodeURIComponent('Жанаозен')}`)).toContain(CLASH);
    expect(await titles(`q=${encodeURIComponent('janaozen central')}`)).toEqual([CLASH]);
    expect(await titles('country=KZ')).toContain(internalEvent);
    expect(await titles('region=mangistau%20oblast')).not.toContain(internalEvent);
    // Overlap with December 2011: the strike (May-December 2011) and the clash, not the undated ones.
    const december = await titles('from=2011-12&to=2011-12');
    expect(december).toEqual(expect.arrayContaining([CLASH, "Oil workers' strike in Zhanaozen and Aqtau"]));
    expect(december).not.toContain(internalEvent);
    const omon = await t.prisma.organisation.findFirstOrThrow({ where: { name: { startsWith: 'OMON' } } });
    expect(await titles(`organisationId=${omon.id}`)).toEqual([CLASH]);

    const badKind = await coordinator.get('/api/exports/events?status=trial').expect(400);
    expect(badKind.body.details.issues[0].path).toBe('query.status');
    const notAFilter = await coordinator
      .get('/api/exports/events?legalProvisionId=00000000-0000-4000-8000-000000000000')
      .expect(400);
    expect(notAFilter.body.details.issues[0].path).toBe('query.legalProvisionId');
    await coordinator.get('/api/exports/events?country=kazakhstan').expect(400);
  });

  it('exports organisations without a restricted record or a restricted parent for a researcher', async () => {
    const full = csvRecords((await coordinator.get('/api/exports/organisations').expect(200)).text);
    expect(full.map((r) => r.Name)).toContain(orgCanary);
    expect(full.find((r) => r.Name === childOrg)).toMatchObject({
      Type: 'ngo',
      Parent: orgCanary,
      Notes: `'${HOSTILE}`,
      Confidentiality: 'internal',
    });
    const omon = full.find((r) => r.Name === 'OMON riot police, Mangistau oblast')!;
    expect(omon).toMatchObject({ Type: 'police', Parent: 'Police department of Mangistau oblast' });
    expect(omon['Other names']).toContain('ОМОН');

    const forResearcher = await researcher.get('/api/exports/organisations').expect(200);
    expect(forResearcher.text).not.toContain(orgCanary);
    expect(csvRecords(forResearcher.text).find((r) => r.Name === childOrg)?.Parent).toBe('');
    await viewer.get('/api/exports/organisations').expect(403);

    const publicVariant = await coordinator.get('/api/exports/organisations?variant=public').expect(200);
    expect(publicVariant.text).not.toContain(orgCanary);
    expect(publicVariant.text).not.toContain(childOrg);
    expect(Object.keys(csvRecords(publicVariant.text)[0]!)).not.toContain('Notes');
  });

  it('applies the organisations list filters (type as status, text, country, region)', async () => {
    const names = async (query: string) =>
      csvRecords((await coordinator.get(`/api/exports/organisations?columns=name&${query}`).expect(200)).text)
        .map((r) => r.Name)
        .sort();
    expect(await names('status=court')).toEqual(['Aktau city court', 'Mangistau regional court']);
    expect(await names(`q=${encodeURIComponent('Актауский')}`)).toEqual(['Aktau city court']);
    expect(await names('country=KZ')).toContain(childOrg);
    expect(await names('region=Mangistau%20oblast')).not.toContain(childOrg);
    const badType = await coordinator.get('/api/exports/organisations?status=strike').expect(400);
    expect(badType.body.details.issues[0].path).toBe('query.status');
    await coordinator.get('/api/exports/organisations?from=2011').expect(400);
  });

  it('audits both kinds with the row count and the filters', async () => {
    const events = csvRecords((await researcher.get('/api/exports/events?status=strike').expect(200)).text);
    const eventEntry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'export', actorId: researcher.userId, entityType: 'Event' },
      orderBy: { id: 'desc' },
    });
    expect(eventEntry.details).toMatchObject({ rows: events.length, filters: { status: 'strike' } });
    expect(events.length).toBeGreaterThan(0);

    const orgs = csvRecords(
      (await researcher.get('/api/exports/organisations?status=police').expect(200)).text,
    );
    const orgEntry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'export', actorId: researcher.userId, entityType: 'Organisation' },
      orderBy: { id: 'desc' },
    });
    expect(orgEntry.details).toMatchObject({ rows: orgs.length, filters: { status: 'police' } });
    expect(orgs.length).toBeGreaterThan(0);
  });

  it('runs both kinds as background jobs', async () => {
    for (const kind of ['events', 'organisations']) {
      const created = await researcher.post('/api/exports/jobs', { kind, format: 'xlsx' }).expect(201);
      const deadline = Date.now() + 20_000;
      let job = created.body;
      while (job.status !== 'done' && job.status !== 'failed') {
        if (Date.now() > deadline) throw new Error(`job ${job.id} still ${job.status}`);
        await new Promise((r) => setTimeout(r, 200));
        job = (await researcher.get(`/api/exports/jobs/${job.id}`).expect(200)).body;
      }
      expect(job).toMatchObject({ kind, status: 'done' });
      expect(job.rowsDone).toBe(job.rowsTotal);
    }
  });
});
