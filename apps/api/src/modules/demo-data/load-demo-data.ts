/**
 * Loads the demo case file (./zhanaozen.data.ts) into an empty database, and wipes domain data.
 *
 * - Everything happens in ONE interactive transaction: either the whole case file is there, or
 *   nothing is. Ids are generated here so that rows can reference each other before insertion and
 *   every table is written with one createManyAndReturn.
 * - Every created row gets an audit entry (action 'create', after = the row), written with one
 *   createMany at the end of the same transaction.
 * - search_key columns are computed with the shared searchKey() over every name variant.
 */
import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@habeas/db';
import { addDays, type ImpreciseDate, searchKey, toIsoDateUtc } from '@habeas/shared';
import { type DemoDataSet, type DemoName, ZHANAOZEN_DEMO } from './zhanaozen.data';

type Tx = Prisma.TransactionClient;

export interface LoadDemoDataOptions {
  /** User recorded as creator (created_by_id) and as actor of the audit entries; null = system. */
  actorId?: string | null;
  /** User to assign to the Kozlov case (case_assignments), e.g. the first researcher. */
  assignResearcherId?: string | null;
  /**
   * Author of the case updates (case_updates.author_id is NOT NULL). Defaults to actorId, then
   * assignResearcherId, then the oldest active admin, then the oldest active user.
   */
  authorId?: string | null;
  /** "Today" for deadlines expressed relative to the load date (tests); defaults to now. */
  today?: Date;
  /** The data set to load; defaults to the Zhanaozen case file. */
  dataSet?: DemoDataSet;
}

/** Rows created per table (Prisma model), plus the audit entries written for them. */
export interface DemoDataSummary {
  organisations: number;
  organisationNames: number;
  persons: number;
  personNames: number;
  affiliations: number;
  sources: number;
  events: number;
  eventNames: number;
  eventCasualties: number;
  eventPersons: number;
  eventOrganisations: number;
  legalProvisions: number;
  cases: number;
  caseEvents: number;
  caseParticipants: number;
  caseAssignments: number;
  charges: number;
  detentionPeriods: number;
  hearings: number;
  sentences: number;
  appeals: number;
  caseUpdates: number;
  caseUpdateSources: number;
  auditEntries: number;
}

/** Raised when the demo data would be loaded into a database that already holds people. */
export class DomainDataPresentError extends Error {
  constructor() {
    super(
      'The database already holds domain data (persons); the demo data set is only loaded into an empty database.',
    );
    this.name = 'DomainDataPresentError';
  }
}

/** Raised when no user exists to author the case updates. */
export class NoDemoAuthorError extends Error {
  constructor() {
    super(
      'Loading the demo data needs a user account to author the case updates (create the first admin first).',
    );
    this.name = 'NoDemoAuthorError';
  }
}

const AUDIT_DETAILS = { source: 'demo-data' } as const;
const TRANSACTION_TIMEOUT_MS = 60_000;
/** Serialises concurrent loaders (two API processes on a first start). */
const LOCK_SQL = Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('habeas:demo-data'))`;

/** True when any person exists, soft-deleted or not: the database is not "empty". */
export async function hasDomainData(prisma: PrismaClient | Tx): Promise<boolean> {
  const person = await prisma.person.findFirst({ select: { id: true } });
  return person !== null;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** An imprecise date as the (date, precision) column pair; both null when unknown. */
function dp(d: ImpreciseDate | undefined): { on: Date | null; precision: ImpreciseDate['precision'] | null } {
  return d ? { on: toDate(d.value), precision: d.precision } : { on: null, precision: null };
}

function keyMap(kind: string, entries: Iterable<[string, string]>): (key: string) => string {
  const map = new Map<string, string>();
  for (const [k, id] of entries) {
    if (map.has(k)) throw new Error(`Demo data: duplicate ${kind} key "${k}"`);
    map.set(k, id);
  }
  return (key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo data: unknown ${kind} key "${key}"`);
    return id;
  };
}

function optionalRef(lookup: (key: string) => string, key: string | undefined): string | null {
  return key === undefined ? null : lookup(key);
}

function nameRows(names: DemoName[]) {
  return names.map((n) => ({
    value: n.value,
    script: n.script,
    kind: n.kind,
    language: n.language ?? null,
    isPrimary: n.isPrimary ?? false,
  }));
}

/** A created row as plain JSON for audit_entries.after (dates as ISO strings, decimals as strings). */
function toJson(row: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue;
}

async function resolveAuthor(tx: Tx, options: LoadDemoDataOptions): Promise<string> {
  const explicit = options.authorId ?? options.actorId ?? options.assignResearcherId;
  if (explicit) return explicit;
  const admin = await tx.user.findFirst({
    where: { deletedAt: null, active: true, role: 'admin' },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  const anyone =
    admin ??
    (await tx.user.findFirst({
      where: { deletedAt: null, active: true },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    }));
  if (!anyone) throw new NoDemoAuthorError();
  return anyone.id;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/**
 * Inserts the demo case file in one transaction. Refuses (DomainDataPresentError) when any person
 * already exists; callers normally check hasDomainData() first.
 */
export async function loadDemoData(
  prisma: PrismaClient,
  options: LoadDemoDataOptions = {},
): Promise<DemoDataSummary> {
  return prisma.$transaction((tx) => insertDemoData(tx, options), {
    timeout: TRANSACTION_TIMEOUT_MS,
    maxWait: TRANSACTION_TIMEOUT_MS,
  });
}

async function insertDemoData(tx: Tx, options: LoadDemoDataOptions): Promise<DemoDataSummary> {
  const data = options.dataSet ?? ZHANAOZEN_DEMO;
  const actorId = options.actorId ?? null;
  const createdById = actorId;

  await tx.$executeRaw(LOCK_SQL);
  if (await hasDomainData(tx)) throw new DomainDataPresentError();
  const authorId = await resolveAuthor(tx, options);
  // Snapshot of the actor's email, as the audit service records it.
  const actorEmail = actorId
    ? ((await tx.user.findUnique({ where: { id: actorId }, select: { email: true } }))?.email ?? null)
    : null;

  const audit: Prisma.AuditEntryCreateManyInput[] = [];
  const record = (entityType: string, rows: { id: string }[]): number => {
    for (const row of rows) {
      audit.push({
        action: 'create',
        entityType,
        entityId: row.id,
        after: toJson(row),
        actorId,
        actorEmail,
        details: AUDIT_DETAILS,
      });
    }
    return rows.length;
  };

  // ----- ids for everything that is referenced by key
  const orgId = keyMap(
    'organisation',
    data.organisations.map((o) => [o.key, randomUUID()]),
  );
  const personId = keyMap(
    'person',
    data.persons.map((p) => [p.key, randomUUID()]),
  );
  const sourceId = keyMap(
    'source',
    data.sources.map((s) => [s.key, randomUUID()]),
  );
  const eventId = keyMap(
    'event',
    data.events.map((e) => [e.key, randomUUID()]),
  );
  const caseId = keyMap(
    'case',
    data.cases.map((c) => [c.key, randomUUID()]),
  );
  const sentenceId = keyMap(
    'sentence',
    data.cases.flatMap((c) => c.sentences.map((s): [string, string] => [s.key, randomUUID()])),
  );

  // ----- organisations (parents and children in one statement: FK checks run at its end)
  const organisations = await tx.organisation.createManyAndReturn({
    data: data.organisations.map((o) => ({
      id: orgId(o.key),
      name: o.name,
      type: o.type,
      country: o.country ?? null,
      region: o.region ?? null,
      notes: o.notes ?? null,
      parentId: optionalRef(orgId, o.parentKey),
      searchKey: searchKey([...o.names.map((n) => n.value), o.name]),
      createdById,
      confidentiality: o.confidentiality,
    })),
  });
  const organisationNames = await tx.organisationName.createManyAndReturn({
    data: data.organisations.flatMap((o) =>
      nameRows(o.names).map((n) => ({ ...n, id: randomUUID(), organisationId: orgId(o.key) })),
    ),
  });

  // ----- persons
  const persons = await tx.person.createManyAndReturn({
    data: data.persons.map((p) => {
      const birth = dp(p.birth);
      const override = dp(p.statusOverrideOn);
      return {
        id: personId(p.key),
        displayName: p.displayName,
        gender: p.gender,
        birthDate: birth.on,
        birthDatePrecision: birth.precision,
        nationality: p.nationality ?? null,
        ethnicity: p.ethnicity ?? null,
        occupation: p.occupation ?? null,
        residenceRegion: p.residenceRegion ?? null,
        notes: p.notes ?? null,
        healthNotes: p.healthNotes ?? null,
        statusOverride: p.statusOverride ?? null,
        statusOverrideOn: override.on,
        statusOverrideOnPrecision: override.precision,
        searchKey: searchKey([...p.names.map((n) => n.value), p.displayName]),
        createdById,
        confidentiality: p.confidentiality,
      };
    }),
  });
  const personNames = await tx.personName.createManyAndReturn({
    data: data.persons.flatMap((p) =>
      nameRows(p.names).map((n) => ({ ...n, id: randomUUID(), personId: personId(p.key) })),
    ),
  });
  const affiliations = await tx.affiliation.createManyAndReturn({
    data: data.affiliations.map((a) => {
      const started = dp(a.started);
      const ended = dp(a.ended);
      return {
        id: randomUUID(),
        personId: personId(a.personKey),
        organisationId: orgId(a.organisationKey),
        role: a.role,
        startedOn: started.on,
        startedOnPrecision: started.precision,
        endedOn: ended.on,
        endedOnPrecision: ended.precision,
        notes: a.notes ?? null,
        createdById,
        confidentiality: a.confidentiality,
      };
    }),
  });

  // ----- sources
  const sources = await tx.source.createManyAndReturn({
    data: data.sources.map((s) => {
      const published = dp(s.published);
      return {
        id: sourceId(s.key),
        kind: s.kind,
        title: s.title,
        citation: s.citation ?? null,
        url: s.url ?? null,
        publisherId: optionalRef(orgId, s.publisherKey),
        publishedOn: published.on,
        publishedOnPrecision: published.precision,
        author: s.author ?? null,
        reliability: s.reliability ?? null,
        credibility: s.credibility ?? null,
        language: s.language ?? null,
        identityConfidentiality: s.identityConfidentiality,
        contact: s.contact ?? null,
        notes: s.notes ?? null,
        createdById,
        confidentiality: s.confidentiality,
      };
    }),
  });

  // ----- events and their names, casualty figures, participants
  const events = await tx.event.createManyAndReturn({
    data: data.events.map((e) => {
      const started = dp(e.started);
      const ended = dp(e.ended);
      return {
        id: eventId(e.key),
        title: e.title,
        kind: e.kind,
        description: e.description,
        startedOn: started.on,
        startedOnPrecision: started.precision,
        endedOn: ended.on,
        endedOnPrecision: ended.precision,
        country: e.country ?? null,
        region: e.region ?? null,
        place: e.place ?? null,
        searchKey: searchKey([...e.names.map((n) => n.value), e.title, ...(e.place ? [e.place] : [])]),
        createdById,
        confidentiality: e.confidentiality,
      };
    }),
  });
  const eventNames = await tx.eventName.createManyAndReturn({
    data: data.events.flatMap((e) =>
      nameRows(e.names).map((n) => ({
        ...n,
        kind: n.kind ?? 'alias',
        id: randomUUID(),
        eventId: eventId(e.key),
      })),
    ),
  });
  const eventCasualties = await tx.eventCasualty.createManyAndReturn({
    data: data.events.flatMap((e) =>
      e.casualties.map((c) => {
        const reported = dp(c.reported);
        return {
          id: randomUUID(),
          eventId: eventId(e.key),
          kind: c.kind,
          count: c.count,
          qualifier: c.qualifier,
          sourceId: optionalRef(sourceId, c.sourceKey),
          reportedOn: reported.on,
          reportedOnPrecision: reported.precision,
          notes: c.notes ?? null,
          createdById,
          confidentiality: c.confidentiality,
        };
      }),
    ),
  });
  const eventPersons = await tx.eventPerson.createManyAndReturn({
    data: data.events.flatMap((e) =>
      e.persons.map((p) => ({
        id: randomUUID(),
        eventId: eventId(e.key),
        personId: personId(p.personKey),
        role: p.role,
        notes: p.notes ?? null,
        confidentiality: p.confidentiality,
      })),
    ),
  });
  const eventOrganisations = await tx.eventOrganisation.createManyAndReturn({
    data: data.events.flatMap((e) =>
      e.organisations.map((o) => ({
        id: randomUUID(),
        eventId: eventId(e.key),
        organisationId: orgId(o.organisationKey),
        role: o.role,
        notes: o.notes ?? null,
      })),
    ),
  });

  // ----- legal provisions: reuse catalogue entries that already exist (unique code+article+part)
  const existingProvisions = await tx.legalProvision.findMany({
    where: { code: data.provisionCode },
    select: { id: true, article: true, part: true },
  });
  const existingProvisionId = new Map(existingProvisions.map((p) => [`${p.article}|${p.part}`, p.id]));
  const provisionRows = data.provisions.map((p) => ({
    key: p.key,
    id: existingProvisionId.get(`${p.article}|${p.part}`) ?? randomUUID(),
    isNew: !existingProvisionId.has(`${p.article}|${p.part}`),
    row: {
      code: data.provisionCode,
      article: p.article,
      part: p.part,
      titleEn: p.titleEn,
      titleRu: p.titleRu,
      titleKk: p.titleKk,
      category: p.category,
      createdById,
      confidentiality: 'public' as const,
    },
  }));
  const provisionId = keyMap(
    'provision',
    provisionRows.map((p) => [p.key, p.id]),
  );
  const legalProvisions = await tx.legalProvision.createManyAndReturn({
    data: provisionRows.filter((p) => p.isNew).map((p) => ({ ...p.row, id: p.id })),
  });

  // ----- cases and everything hanging off them
  const cases = await tx.legalCase.createManyAndReturn({
    data: data.cases.map((c) => {
      const opened = dp(c.opened);
      return {
        id: caseId(c.key),
        caseNumber: c.caseNumber ?? null,
        title: c.title,
        country: c.country ?? null,
        region: c.region ?? null,
        courtId: optionalRef(orgId, c.courtKey),
        stage: c.stage,
        summary: c.summary,
        openedOn: opened.on,
        openedOnPrecision: opened.precision,
        searchKey: searchKey([...(c.caseNumber ? [c.caseNumber] : []), c.title]),
        createdById,
        confidentiality: c.confidentiality,
      };
    }),
  });
  const caseEvents = await tx.caseEvent.createManyAndReturn({
    data: data.cases.flatMap((c) =>
      c.eventKeys.map((k) => ({ id: randomUUID(), caseId: caseId(c.key), eventId: eventId(k) })),
    ),
  });
  const caseParticipants = await tx.caseParticipant.createManyAndReturn({
    data: data.cases.flatMap((c) =>
      c.participants.map((p) => ({
        id: randomUUID(),
        caseId: caseId(c.key),
        personId: personId(p.personKey),
        role: p.role,
        notes: p.notes ?? null,
        confidentiality: p.confidentiality,
      })),
    ),
  });
  const firstCase = data.cases[0];
  const caseAssignments = await tx.caseAssignment.createManyAndReturn({
    data:
      options.assignResearcherId && firstCase
        ? [
            {
              id: randomUUID(),
              caseId: caseId(firstCase.key),
              userId: options.assignResearcherId,
              createdById,
            },
          ]
        : [],
  });
  const charges = await tx.charge.createManyAndReturn({
    data: data.cases.flatMap((c) =>
      c.charges.map((ch) => {
        const filed = dp(ch.filed);
        return {
          id: randomUUID(),
          personId: personId(ch.personKey),
          caseId: caseId(c.key),
          provisionId: provisionId(ch.provisionKey),
          filedOn: filed.on,
          filedOnPrecision: filed.precision,
          status: ch.status,
          notes: ch.notes ?? null,
          createdById,
          confidentiality: ch.confidentiality,
        };
      }),
    ),
  });
  const detentionPeriods = await tx.detentionPeriod.createManyAndReturn({
    data: data.cases.flatMap((c) =>
      c.detentionPeriods.map((d) => {
        const started = dp(d.started);
        const ended = dp(d.ended);
        return {
          id: randomUUID(),
          personId: personId(d.personKey),
          facilityId: optionalRef(orgId, d.facilityKey),
          caseId: caseId(c.key),
          kind: d.kind,
          startedOn: started.on,
          startedOnPrecision: started.precision,
          endedOn: ended.on,
          endedOnPrecision: ended.precision,
          conditions: d.conditions ?? null,
          illTreatmentAlleged: d.illTreatmentAlleged ?? false,
          illTreatmentNotes: d.illTreatmentNotes ?? null,
          createdById,
          confidentiality: d.confidentiality,
        };
      }),
    ),
  });
  const hearings = await tx.hearing.createManyAndReturn({
    data: data.cases.flatMap((c) =>
      c.hearings.map((h) => {
        const held = dp(h.held);
        return {
          id: randomUUID(),
          caseId: caseId(c.key),
          courtId: optionalRef(orgId, h.courtKey),
          judgeName: h.judgeName ?? null,
          kind: h.kind,
          heldOn: held.on,
          heldOnPrecision: held.precision,
          isPublic: h.isPublic ?? null,
          observersPresent: h.observersPresent ?? false,
          outcome: h.outcome ?? null,
          createdById,
          confidentiality: h.confidentiality,
        };
      }),
    ),
  });
  const sentences = await tx.sentence.createManyAndReturn({
    data: data.cases.flatMap((c) =>
      c.sentences.map((s) => {
        const verdict = dp(s.verdict);
        const started = dp(s.started);
        const released = dp(s.actualRelease);
        return {
          id: sentenceId(s.key),
          personId: personId(s.personKey),
          caseId: caseId(c.key),
          courtId: optionalRef(orgId, s.courtKey),
          verdictOn: verdict.on,
          verdictOnPrecision: verdict.precision,
          outcome: s.outcome ?? null,
          kind: s.kind,
          termYears: s.termYears ?? 0,
          termMonths: s.termMonths ?? 0,
          termDays: s.termDays ?? 0,
          regime: s.regime ?? null,
          startedOn: started.on,
          startedOnPrecision: started.precision,
          actualReleaseOn: released.on,
          actualReleaseOnPrecision: released.precision,
          notes: s.notes ?? null,
          createdById,
          confidentiality: s.confidentiality,
        };
      }),
    ),
  });
  const todayIso = toIsoDateUtc(options.today ?? new Date());
  const appeals = await tx.appeal.createManyAndReturn({
    data: data.cases.flatMap((c) =>
      c.appeals.map((a) => {
        const filed = dp(a.filed);
        const decision = dp(a.decision);
        return {
          id: randomUUID(),
          caseId: caseId(c.key),
          personId: optionalRef(personId, a.personKey),
          sentenceId: optionalRef(sentenceId, a.sentenceKey),
          level: a.level,
          bodyId: optionalRef(orgId, a.bodyKey),
          bodyName: a.bodyName ?? null,
          filedOn: filed.on,
          filedOnPrecision: filed.precision,
          deadline:
            a.deadlineDaysAfterLoad === undefined ? null : toDate(addDays(todayIso, a.deadlineDaysAfterLoad)),
          status: a.status,
          decisionOn: decision.on,
          decisionOnPrecision: decision.precision,
          resultingChange: a.resultingChange ?? null,
          notes: a.notes ?? null,
          createdById,
          confidentiality: a.confidentiality,
        };
      }),
    ),
  });

  // ----- case updates (timeline) and their sources
  const updateRows = data.caseUpdates.map((u) => {
    if (!u.personKey && !u.caseKey) throw new Error(`Demo data: case update "${u.title}" has no subject`);
    return { id: randomUUID(), update: u };
  });
  const caseUpdates = await tx.caseUpdate.createManyAndReturn({
    data: updateRows.map(({ id, update: u }) => ({
      id,
      personId: optionalRef(personId, u.personKey),
      caseId: optionalRef(caseId, u.caseKey),
      factOn: toDate(u.fact.value),
      factOnPrecision: u.fact.precision,
      kind: u.kind,
      title: u.title,
      body: u.body,
      authorId,
      createdById,
      confidentiality: u.confidentiality,
    })),
  });
  const caseUpdateSources = await tx.caseUpdateSource.createManyAndReturn({
    data: updateRows.flatMap(({ id, update: u }) =>
      u.sources.map((s) => ({
        id: randomUUID(),
        caseUpdateId: id,
        sourceId: sourceId(s.sourceKey),
        locator: s.locator ?? null,
      })),
    ),
  });

  // ----- one audit entry per created row, in dependency order
  const summary: Omit<DemoDataSummary, 'auditEntries'> = {
    organisations: record('Organisation', organisations),
    organisationNames: record('OrganisationName', organisationNames),
    persons: record('Person', persons),
    personNames: record('PersonName', personNames),
    affiliations: record('Affiliation', affiliations),
    sources: record('Source', sources),
    events: record('Event', events),
    eventNames: record('EventName', eventNames),
    eventCasualties: record('EventCasualty', eventCasualties),
    eventPersons: record('EventPerson', eventPersons),
    eventOrganisations: record('EventOrganisation', eventOrganisations),
    legalProvisions: record('LegalProvision', legalProvisions),
    cases: record('LegalCase', cases),
    caseEvents: record('CaseEvent', caseEvents),
    caseParticipants: record('CaseParticipant', caseParticipants),
    caseAssignments: record('CaseAssignment', caseAssignments),
    charges: record('Charge', charges),
    detentionPeriods: record('DetentionPeriod', detentionPeriods),
    hearings: record('Hearing', hearings),
    sentences: record('Sentence', sentences),
    appeals: record('Appeal', appeals),
    caseUpdates: record('CaseUpdate', caseUpdates),
    caseUpdateSources: record('CaseUpdateSource', caseUpdateSources),
  };
  const { count: auditEntries } = await tx.auditEntry.createMany({ data: audit });
  return { ...summary, auditEntries };
}

// ---------------------------------------------------------------------------------------------
// Clearing
// ---------------------------------------------------------------------------------------------

/** Rows hard-deleted per table by clearDomainData. */
export type ClearDomainDataSummary = Record<string, number>;

/**
 * Hard-deletes every domain row (persons, organisations, events, cases and everything attached,
 * the legal-provision catalogue, sources, attachment rows) in one transaction, in dependency
 * order. Users, sessions, login attempts, saved searches, export jobs and audit entries are kept
 * (audit_entries is append-only: the database refuses DELETE); one audit entry records the wipe.
 * Attachment FILES in storage are not touched: only their rows go.
 */
export async function clearDomainData(
  prisma: PrismaClient,
  options: { actorId?: string | null } = {},
): Promise<ClearDomainDataSummary> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw(LOCK_SQL);
      const actorId = options.actorId ?? null;
      const actorEmail = actorId
        ? ((await tx.user.findUnique({ where: { id: actorId }, select: { email: true } }))?.email ?? null)
        : null;
      const deleted: ClearDomainDataSummary = {};
      const steps: [string, () => Promise<{ count: number }>][] = [
        ['CaseUpdateSource', () => tx.caseUpdateSource.deleteMany()],
        ['Attachment', () => tx.attachment.deleteMany()],
        ['CaseUpdate', () => tx.caseUpdate.deleteMany()],
        ['Appeal', () => tx.appeal.deleteMany()],
        ['Sentence', () => tx.sentence.deleteMany()],
        ['Hearing', () => tx.hearing.deleteMany()],
        ['DetentionPeriod', () => tx.detentionPeriod.deleteMany()],
        ['Charge', () => tx.charge.deleteMany()],
        ['CaseAssignment', () => tx.caseAssignment.deleteMany()],
        ['CaseParticipant', () => tx.caseParticipant.deleteMany()],
        ['CaseEvent', () => tx.caseEvent.deleteMany()],
        ['LegalCase', () => tx.legalCase.deleteMany()],
        ['LegalProvision', () => tx.legalProvision.deleteMany()],
        ['EventCasualty', () => tx.eventCasualty.deleteMany()],
        ['EventPerson', () => tx.eventPerson.deleteMany()],
        ['EventOrganisation', () => tx.eventOrganisation.deleteMany()],
        ['EventName', () => tx.eventName.deleteMany()],
        ['Event', () => tx.event.deleteMany()],
        ['Affiliation', () => tx.affiliation.deleteMany()],
        ['Source', () => tx.source.deleteMany()],
        ['PersonName', () => tx.personName.deleteMany()],
        ['Person', () => tx.person.deleteMany()],
        ['OrganisationName', () => tx.organisationName.deleteMany()],
        ['Organisation', () => tx.organisation.deleteMany()],
      ];
      for (const [entityType, run] of steps) {
        deleted[entityType] = (await run()).count;
      }
      await tx.auditEntry.create({
        data: {
          action: 'delete',
          entityType: 'DomainData',
          actorId,
          actorEmail,
          details: { source: 'demo-data', operation: 'clear-domain-data', deleted },
        },
      });
      return deleted;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
}
