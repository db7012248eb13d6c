import { matchesSearchKey } from '@habeas/shared';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  clearDomainData,
  type DemoDataSummary,
  DomainDataPresentError,
  hasDomainData,
  loadDemoData,
} from './load-demo-data';
import { ZHANAOZEN_DEMO } from './zhanaozen.data';

/** Audited entity type => table, for the "every row has an audit entry" check. */
const TABLES: Record<string, string> = {
  Organisation: 'organisations',
  OrganisationName: 'organisation_names',
  Person: 'persons',
  PersonName: 'person_names',
  Affiliation: 'affiliations',
  Source: 'sources',
  Event: 'events',
  EventName: 'event_names',
  EventCasualty: 'event_casualties',
  EventPerson: 'event_persons',
  EventOrganisation: 'event_organisations',
  LegalProvision: 'legal_provisions',
  LegalCase: 'cases',
  CaseEvent: 'case_events',
  CaseParticipant: 'case_participants',
  CaseAssignment: 'case_assignments',
  Charge: 'charges',
  DetentionPeriod: 'detention_periods',
  Hearing: 'hearings',
  Sentence: 'sentences',
  Appeal: 'appeals',
  CaseUpdate: 'case_updates',
  CaseUpdateSource: 'case_update_sources',
};

const TODAY = new Date('2026-11-28T12:00:00Z');
const iso = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

describe('demo data set (Zhanaozen)', () => {
  let t: TestApp;
  let adminId: string;
  let researcherId: string;
  let summary: DemoDataSummary;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.prisma.user.create({
      data: { email: 'admin@demo.test', name: 'Admin', role: 'admin', passwordHash: 'x' },
    });
    const researcher = await t.prisma.user.create({
      data: { email: 'researcher@demo.test', name: 'Researcher', role: 'researcher', passwordHash: 'x' },
    });
    adminId = admin.id;
    researcherId = researcher.id;
  });
  afterAll(() => t.close());

  it('loads nothing at all when any part fails (one transaction)', async () => {
    const broken = {
      ...ZHANAOZEN_DEMO,
      caseUpdates: [
        ...ZHANAOZEN_DEMO.caseUpdates,
        { ...ZHANAOZEN_DEMO.caseUpdates[0]!, sources: [{ sourceKey: 'no-such-source' }] },
      ],
    };
    await expect(loadDemoData(t.prisma, { actorId: adminId, dataSet: broken })).rejects.toThrow(
      /no-such-source/,
    );
    expect(await hasDomainData(t.prisma)).toBe(false);
    expect(await t.prisma.organisation.count()).toBe(0);
    expect(await t.prisma.auditEntry.count()).toBe(0);
  });

  it('loads into an empty database in one go', async () => {
    expect(await hasDomainData(t.prisma)).toBe(false);
    summary = await loadDemoData(t.prisma, {
      actorId: adminId,
      assignResearcherId: researcherId,
      today: TODAY,
    });
    expect(await hasDomainData(t.prisma)).toBe(true);

    const { auditEntries, ...rows } = summary;
    for (const [key, count] of Object.entries(rows)) {
      expect([key, count]).toEqual([key, expect.any(Number)]);
    }
    expect(summary.persons).toBeGreaterThanOrEqual(14);
    expect(summary.caseAssignments).toBe(1);
    expect(auditEntries).toBe(Object.values(rows).reduce((a, b) => a + b, 0));
    // The summary matches the tables.
    expect(await t.prisma.person.count()).toBe(summary.persons);
    expect(await t.prisma.caseUpdate.count()).toBe(summary.caseUpdates);
    expect(await t.prisma.event.count()).toBe(summary.events);
  });

  it('has Vladimir Kozlov with his Cyrillic name, findable in any script', async () => {
    const kozlov = await t.prisma.person.findFirstOrThrow({
      where: { displayName: 'Vladimir Kozlov' },
      include: { names: true, affiliations: { include: { organisation: { include: { names: true } } } } },
    });
    expect(kozlov.names).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 'Владимир Козлов', script: 'cyrl' })]),
    );
    for (const q of ['Kozlov', 'Козлов', 'kozlov vladimir', 'Влад Козл']) {
      expect(matchesSearchKey(kozlov.searchKey, q)).toBe(true);
    }
    expect(kozlov.createdById).toBe(adminId);
    const algha = kozlov.affiliations.find((a) => a.organisation.name === 'Algha!');
    expect(algha?.role).toBe('leader');
    expect(algha?.organisation.names.map((n) => n.value)).toContain('Алға!');

    const sapargali = await t.prisma.person.findFirstOrThrow({
      where: { displayName: 'Serik Sapargali' },
      include: { names: true },
    });
    expect(sapargali.names.map((n) => n.value)).toContain('Серик Сапаргали');
  });

  it('finds the Zhanaozen and Aqtau events under every spelling', async () => {
    const clash = await t.prisma.event.findFirstOrThrow({
      where: { kind: 'clash' },
      include: { casualties: true },
    });
    expect(iso(clash.startedOn)).toBe('2011-12-16');
    expect(clash.startedOnPrecision).toBe('day');
    for (const q of ['Zhanaozen', 'Janaozen', 'Жанаозен', 'Жаңаөзен']) {
      expect(matchesSearchKey(clash.searchKey, q)).toBe(true);
    }
    expect(clash.casualties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'killed', count: 16, qualifier: 'at_least' }),
        expect.objectContaining({ kind: 'detained', count: 31, qualifier: 'at_least' }),
      ]),
    );
    const strike = await t.prisma.event.findFirstOrThrow({ where: { kind: 'strike' } });
    expect([iso(strike.startedOn), strike.startedOnPrecision]).toEqual(['2011-05-01', 'month']);
    for (const q of ['Aqtau', 'Aktau', 'Актау', 'Ақтау']) {
      expect(matchesSearchKey(strike.searchKey, q)).toBe(true);
    }
    const closures = await t.prisma.event.findMany({
      where: { kind: 'closure' },
      include: { organisations: { include: { organisation: true } } },
    });
    expect(closures.flatMap((e) => e.organisations.map((o) => [o.organisation.name, o.role])).sort()).toEqual(
      [
        ['Golos respubliki', 'victim'],
        ['K+', 'victim'],
        ['Stan.TV', 'victim'],
        ['Vzglyad', 'victim'],
      ],
    );
  });

  it('records the sentences: Kozlov 7 years 6 months, Sapargali and Aminov probation', async () => {
    const kozlovSentence = await t.prisma.sentence.findFirstOrThrow({
      where: { person: { displayName: 'Vladimir Kozlov' } },
    });
    expect(kozlovSentence).toMatchObject({
      kind: 'imprisonment',
      termYears: 7,
      termMonths: 6,
      verdictOnPrecision: 'month',
      startedOnPrecision: 'month',
    });
    expect(iso(kozlovSentence.verdictOn)).toBe('2012-10-01');
    expect(iso(kozlovSentence.startedOn)).toBe('2012-02-01');

    for (const name of ['Serik Sapargali', 'Akzhanat Aminov']) {
      const s = await t.prisma.sentence.findFirstOrThrow({ where: { person: { displayName: name } } });
      expect([name, s.kind]).toEqual([name, 'probation']);
    }

    const kozlovCharges = await t.prisma.charge.findMany({
      where: { person: { displayName: 'Vladimir Kozlov' } },
      include: { provision: true },
    });
    expect(kozlovCharges.map((c) => `${c.provision.article}/${c.provision.part}:${c.status}`).sort()).toEqual(
      ['164/3:convicted', '170/:convicted', '235/:convicted'],
    );
  });

  it('has a planned UN WGAD communication with an upcoming deadline, and the researcher assigned', async () => {
    const wgad = await t.prisma.appeal.findFirstOrThrow({ where: { level: 'un_wgad' } });
    expect(wgad.status).toBe('planned');
    expect(wgad.deadline!.getTime()).toBeGreaterThan(TODAY.getTime());
    const domestic = await t.prisma.appeal.findFirstOrThrow({ where: { level: 'appeal' } });
    expect(domestic.status).toBe('rejected');

    const assignment = await t.prisma.caseAssignment.findFirstOrThrow({ include: { legalCase: true } });
    expect(assignment.userId).toBe(researcherId);
    expect(assignment.legalCase.title).toMatch(/Kozlov/);
  });

  it('keeps the anonymous witnesses anonymous and restricted', async () => {
    const witness = await t.prisma.source.findFirstOrThrow({
      where: { kind: 'interview' },
      include: { caseUpdateLinks: { include: { caseUpdate: true } } },
    });
    expect(witness.title).toMatch(/house No\. 33/);
    expect(witness.confidentiality).toBe('restricted');
    expect(witness.identityConfidentiality).toBe('restricted');
    expect(witness.author).toBeNull();
    expect(witness.contact).toBeNull();
    expect(witness.caseUpdateLinks.length).toBeGreaterThan(0);
    for (const link of witness.caseUpdateLinks) expect(link.caseUpdate.confidentiality).toBe('restricted');

    const rferl = await t.prisma.source.findFirstOrThrow({ where: { kind: 'media_article' } });
    expect(rferl).toMatchObject({ reliability: 'B', credibility: 'c2', confidentiality: 'public' });
    // credibility is stored as '2' in PostgreSQL
    const { rows } = await t.pool.query(`SELECT credibility::text AS c FROM sources WHERE id = $1`, [
      rferl.id,
    ]);
    expect(rows[0].c).toBe('2');
  });

  it('writes the timeline with imprecise dates, sources and an author', async () => {
    const updates = await t.prisma.caseUpdate.findMany({ include: { sources: true } });
    const kinds = new Set(updates.map((u) => u.kind));
    for (const k of ['arrest', 'charge', 'hearing', 'verdict', 'transfer', 'release', 'statement']) {
      expect(kinds.has(k as never)).toBe(true);
    }
    expect(updates.every((u) => u.authorId === adminId)).toBe(true);
    expect(new Set(updates.map((u) => u.confidentiality))).toEqual(
      new Set(['public', 'internal', 'restricted']),
    );
    expect(updates.filter((u) => u.sources.length > 0).length).toBeGreaterThan(5);
    const arrest = updates.find((u) => u.kind === 'arrest' && u.title === 'Vladimir Kozlov arrested');
    expect([iso(arrest?.factOn), arrest?.factOnPrecision]).toEqual(['2012-02-01', 'month']);
    // The full-text trigger filled the vector.
    const { rows } = await t.pool.query(
      `SELECT count(*)::int AS n FROM case_updates WHERE search_vector @@ plainto_tsquery('simple', 'Kozlov')`,
    );
    expect(rows[0].n).toBeGreaterThan(0);

    const withHealth = await t.prisma.person.findMany({ where: { healthNotes: { not: null } } });
    expect(withHealth.map((p) => p.displayName)).toEqual(['Demo Protester A']);
  });

  it('writes one create audit entry for every created row', async () => {
    for (const [entityType, table] of Object.entries(TABLES)) {
      const { rows } = await t.pool.query(
        `SELECT count(*)::int AS missing FROM ${table} r
          WHERE NOT EXISTS (SELECT 1 FROM audit_entries a
                             WHERE a.action = 'create' AND a.entity_type = $1 AND a.entity_id = r.id::text)`,
        [entityType],
      );
      expect([entityType, rows[0].missing]).toEqual([entityType, 0]);
    }
    const entries = await t.prisma.auditEntry.findMany({ where: { action: 'create' } });
    expect(entries).toHaveLength(summary.auditEntries);
    for (const e of entries) {
      expect(e.actorId).toBe(adminId);
      expect(e.actorEmail).toBe('admin@demo.test');
      expect(e.details).toEqual({ source: 'demo-data' });
      expect((e.after as { id?: string }).id).toBe(e.entityId);
    }
  });

  it('refuses to load a second time', async () => {
    const before = await t.prisma.person.count();
    await expect(loadDemoData(t.prisma, { actorId: adminId })).rejects.toBeInstanceOf(DomainDataPresentError);
    expect(await t.prisma.person.count()).toBe(before);
  });

  it('clears the domain data (keeping users and the audit trail) and loads again', async () => {
    const auditBefore = await t.prisma.auditEntry.count();
    const deleted = await clearDomainData(t.prisma, { actorId: adminId });
    expect(deleted.Person).toBe(summary.persons);
    expect(await hasDomainData(t.prisma)).toBe(false);
    expect(await t.prisma.organisation.count()).toBe(0);
    expect(await t.prisma.legalProvision.count()).toBe(0);
    expect(await t.prisma.user.count()).toBe(2);
    expect(await t.prisma.auditEntry.count()).toBe(auditBefore + 1);

    // No options: the author falls back to the oldest admin, the actor is the system (null).
    const again = await loadDemoData(t.prisma);
    expect({ ...again, caseAssignments: 1, auditEntries: 0 }).toEqual({ ...summary, auditEntries: 0 });
    expect(again.caseAssignments).toBe(0);
    const update = await t.prisma.caseUpdate.findFirstOrThrow();
    expect(update.authorId).toBe(adminId);
    const kozlov = await t.prisma.person.findFirstOrThrow({ where: { displayName: 'Vladimir Kozlov' } });
    const audit = await t.prisma.auditEntry.findFirstOrThrow({ where: { entityId: kozlov.id } });
    expect(audit.actorId).toBeNull();
  });

  it('counts a soft-deleted person as domain data', async () => {
    await clearDomainData(t.prisma);
    await t.prisma.person.create({ data: { displayName: 'Deleted person', deletedAt: new Date() } });
    expect(await hasDomainData(t.prisma)).toBe(true);
    await clearDomainData(t.prisma);
    expect(await hasDomainData(t.prisma)).toBe(false);
  });
});
