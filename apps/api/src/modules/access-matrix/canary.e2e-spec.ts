import { randomBytes } from 'node:crypto';
import { type Role, searchKey } from '@habeas/shared';
import { loginAs, type UserSession } from '../../../test/auth-helpers';
import {
  loadOperations,
  mapLimit,
  type Operation,
  operationUrl,
  pathParameters,
  send,
} from '../../../test/openapi-operations';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * Confidentiality canary: restricted values are planted straight into the database
 * (and into the audit trail), then EVERY GET operation of the OpenAPI document is
 * called as a viewer and as a researcher, with the planted records' ids in its path
 * and `q=canary` on lists. No answer (JSON, CSV, calendar...) may contain a canary. A
 * coordinator, who may see restricted data, must find every one of them: proof that each
 * canary is reachable, so the sweep really looks for it.
 */
const MARK = 'CANARY-';
const CONCURRENCY = 6;
const CANARY_KINDS = [
  'HEALTH',
  'ADDRESS',
  'TORTURE',
  'HIDDEN',
  'WITNESS',
  'CONTACT',
  'SOURCE',
  'AUTHOR',
  'UPDATE',
  'ORG',
  'FILE',
];

describe('confidentiality canary (every GET operation as viewer and researcher)', () => {
  let t: TestApp;
  let operations: Operation[];
  let ids: Record<string, string>;
  const sessions = {} as Record<Extract<Role, 'viewer' | 'researcher' | 'coordinator'>, UserSession>;

  beforeAll(async () => {
    t = await createTestApp();
    operations = (await loadOperations(t)).filter((op) => op.method === 'get');
    for (const role of ['viewer', 'researcher', 'coordinator'] as const)
      sessions[role] = await loginAs(t, role);
    ids = await plantCanaries(t, sessions.coordinator.userId);
  });
  afterAll(() => t.close());

  /** Each GET with every planted id that fits its path, and lists with and without q=canary. */
  function requestsFor(op: Operation): string[] {
    const params = pathParameters(op);
    if (params.length === 0) return [operationUrl(op), operationUrl(op, undefined, { q: 'canary' })];
    return candidateIds(op.path, ids).map((id) =>
      operationUrl(op, (name) => BY_PARAM_NAME[name]?.(ids) ?? id),
    );
  }

  async function sweep(session: UserSession) {
    const calls = operations.flatMap((op) => requestsFor(op).map((url) => ({ op, url })));
    const answers = await mapLimit(calls, CONCURRENCY, async ({ op, url }) => {
      const res = await send(t, op, url, session);
      return { op: op.operationId, url, status: res.status, text: res.text ?? '' };
    });
    return {
      calls: answers.length,
      leaks: answers
        .filter((a) => a.text.includes(MARK))
        .map((a) => `${a.op} ${a.url}: ${a.text.match(/CANARY-[A-Z]+/g)?.join(', ')}`),
      errors: answers.filter((a) => a.status >= 500).map((a) => `${a.op} ${a.url}: ${a.status}`),
      found: new Set(answers.flatMap((a) => a.text.match(/CANARY-[A-Z]+/g) ?? [])),
    };
  }

  it.each(['viewer', 'researcher'] as const)('shows no restricted value to a %s', async (role) => {
    const result = await sweep(sessions[role]);
    expect(result.calls).toBeGreaterThan(operations.length);
    expect(result.leaks).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('lets a coordinator reach every canary (so the sweep really looks for each)', async () => {
    const result = await sweep(sessions.coordinator);
    expect(result.errors).toEqual([]);
    // Every planted value is reachable through some endpoint, so each is really tested above.
    expect([...result.found].sort()).toEqual(CANARY_KINDS.map((kind) => `${MARK}${kind}`).sort());
  });
});

/** Path parameters whose name says which planted record they want. */
const BY_PARAM_NAME: Record<string, (ids: Record<string, string>) => string> = {
  personId: (ids) => ids.person!,
  caseId: (ids) => ids.case!,
  sourceId: (ids) => ids.witnessSource!,
  organisationId: (ids) => ids.organisation!,
  caseUpdateId: (ids) => ids.visibleUpdate!,
};

/** The planted ids that fit the first segment of the path, or all of them for an unknown one. */
function candidateIds(path: string, ids: Record<string, string>): string[] {
  const segment = path.split('/')[2] ?? '';
  const fits: Record<string, string[]> = {
    persons: ['person', 'hiddenPerson'],
    sources: ['witnessSource', 'restrictedSource'],
    cases: ['case'],
    'case-updates': ['restrictedUpdate', 'visibleUpdate'],
    organisations: ['organisation'],
    attachments: ['attachment'],
    'detention-periods': ['detentionPeriod'],
    'audit-entries': Object.keys(ids).filter((k) => k.startsWith('audit')),
  };
  const keys = fits[segment] ?? Object.keys(ids);
  return keys.map((k) => ids[k]!);
}

/**
 * The planted records, each hiding a canary from viewers and researchers:
 * - a visible person with health notes and an address (sensitive fields), a detention
 *   period with ill-treatment notes, and a restricted person whose very name is a canary;
 * - an anonymous witness: a visible source whose identity (author, contact) is restricted,
 *   cited by a visible case update; and a restricted source (title and author);
 * - a visible case with a restricted case update; a restricted organisation;
 * - a restricted file of the visible person, its name a canary (its bytes are not in the store:
 *   a download must still answer 404, never 500);
 * - audit entries carrying the same values.
 */
async function plantCanaries(t: TestApp, coordinatorId: string): Promise<Record<string, string>> {
  const tag = randomBytes(3).toString('hex');
  const value = (kind: string) => `${MARK}${kind}-${tag}`;
  const p = t.prisma;
  const person = await p.person.create({
    data: {
      displayName: 'Canary Person',
      confidentiality: 'internal',
      healthNotes: value('HEALTH'),
      address: value('ADDRESS'),
      searchKey: searchKey(['Canary Person', 'Канари Персон']),
      names: { create: [{ value: 'Канари Персон', script: 'cyrl' }] },
    },
  });
  const hiddenPerson = await p.person.create({
    data: {
      displayName: value('HIDDEN'),
      confidentiality: 'restricted',
      searchKey: searchKey([value('HIDDEN'), 'Canary']),
    },
  });
  const witnessSource = await p.source.create({
    data: {
      kind: 'interview',
      title: 'Canary interview',
      confidentiality: 'internal',
      identityConfidentiality: 'restricted',
      author: value('WITNESS'),
      contact: value('CONTACT'),
    },
  });
  const restrictedSource = await p.source.create({
    data: {
      kind: 'court_document',
      title: value('SOURCE'),
      confidentiality: 'restricted',
      author: value('AUTHOR'),
    },
  });
  const legalCase = await p.legalCase.create({
    data: { title: 'Canary case', confidentiality: 'internal', searchKey: searchKey(['Canary case']) },
  });
  await p.caseParticipant.createMany({
    data: [
      { caseId: legalCase.id, personId: person.id, role: 'defendant' },
      { caseId: legalCase.id, personId: hiddenPerson.id, role: 'witness', confidentiality: 'restricted' },
    ],
  });
  const update = (body: string, confidentiality: 'internal' | 'restricted', sourceId: string) =>
    p.caseUpdate.create({
      data: {
        personId: person.id,
        caseId: legalCase.id,
        factOn: new Date('2012-01-01T00:00:00Z'),
        factOnPrecision: 'month',
        kind: 'health',
        title: 'Canary update',
        body,
        authorId: coordinatorId,
        confidentiality,
        sources: { create: [{ sourceId }] },
      },
    });
  const restrictedUpdate = await update(value('UPDATE'), 'restricted', restrictedSource.id);
  const visibleUpdate = await update('Canary: the witness saw the arrest', 'internal', witnessSource.id);
  const organisation = await p.organisation.create({
    data: {
      name: value('ORG'),
      type: 'other',
      confidentiality: 'restricted',
      searchKey: searchKey([value('ORG'), 'canary']),
    },
  });
  const detention = await p.detentionPeriod.create({
    data: {
      personId: person.id,
      caseId: legalCase.id,
      kind: 'pretrial_detention',
      startedOn: new Date('2011-12-01T00:00:00Z'),
      startedOnPrecision: 'month',
      illTreatmentAlleged: true,
      illTreatmentNotes: value('TORTURE'),
      confidentiality: 'internal',
    },
  });
  const attachment = await p.attachment.create({
    data: {
      personId: person.id,
      fileName: `${value('FILE')}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 4,
      sha256: '0'.repeat(64),
      storageKey: `canary/${tag}`,
      confidentiality: 'restricted',
    },
  });
  const audit = (entityType: string, entityId: string, after: object, before?: object) =>
    p.auditEntry.create({
      data: {
        action: before ? 'update' : 'create',
        entityType,
        entityId,
        actorId: coordinatorId,
        before,
        after,
      },
    });
  const personShape = { id: person.id, displayName: 'Canary Person', confidentiality: 'internal' };
  const entries = {
    auditPerson: await audit(
      'Person',
      person.id,
      { ...personShape, healthNotes: value('HEALTH'), address: value('ADDRESS') },
      { ...personShape, healthNotes: null },
    ),
    auditHiddenPerson: await audit('Person', hiddenPerson.id, {
      id: hiddenPerson.id,
      displayName: value('HIDDEN'),
      confidentiality: 'restricted',
    }),
    auditOrganisation: await audit('Organisation', organisation.id, {
      id: organisation.id,
      name: value('ORG'),
      confidentiality: 'restricted',
    }),
    auditWitnessSource: await audit('Source', witnessSource.id, {
      id: witnessSource.id,
      title: 'Canary interview',
      confidentiality: 'internal',
      identityConfidentiality: 'restricted',
      author: value('WITNESS'),
      contact: value('CONTACT'),
    }),
    auditRestrictedSource: await audit('Source', restrictedSource.id, {
      id: restrictedSource.id,
      title: value('SOURCE'),
      author: value('AUTHOR'),
      confidentiality: 'restricted',
    }),
    auditUpdate: await audit('CaseUpdate', restrictedUpdate.id, {
      id: restrictedUpdate.id,
      body: value('UPDATE'),
      confidentiality: 'restricted',
    }),
    auditDetention: await audit('DetentionPeriod', detention.id, {
      id: detention.id,
      illTreatmentNotes: value('TORTURE'),
      confidentiality: 'internal',
    }),
  };
  return {
    person: person.id,
    hiddenPerson: hiddenPerson.id,
    witnessSource: witnessSource.id,
    restrictedSource: restrictedSource.id,
    case: legalCase.id,
    restrictedUpdate: restrictedUpdate.id,
    visibleUpdate: visibleUpdate.id,
    organisation: organisation.id,
    detentionPeriod: detention.id,
    attachment: attachment.id,
    ...Object.fromEntries(Object.entries(entries).map(([k, e]) => [k, e.id.toString()])),
  };
}
