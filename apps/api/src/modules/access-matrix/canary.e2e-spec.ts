import { randomBytes } from 'node:crypto';
import type { Role } from '@habeas/shared';
import { searchKey } from '@habeas/shared';
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
 * and `q=canary` on lists. No answer may contain a canary. A coordinator, who may see
 * restricted data, must find some: proof the canaries are reachable at all.
 */
const MARK = 'CANARY-';
const CONCURRENCY = 6;
const CANARY_KINDS = ['HEALTH', 'ADDRESS', 'AUTHOR', 'CONTACT', 'UPDATE', 'ORG', 'TORTURE'];

describe('confidentiality canary (every GET operation as viewer and researcher)', () => {
  let t: TestApp;
  let operations: Operation[];
  let ids: Record<string, string>;
  const sessions = {} as Record<Extract<Role, 'viewer' | 'researcher' | 'coordinator'>, UserSession>;

  beforeAll(async () => {
    t = await createTestApp();
    operations = (await loadOperations(t)).filter((op) => op.method === 'get');
    for (const role of ['viewer', 'researcher', 'coordinator'] as const) sessions[role] = await loginAs(t, role);
    ids = await plantCanaries(t, sessions.coordinator.userId);
  });
  afterAll(() => t.close());

  /** Each GET with every planted id that fits its path, and lists with and without q=canary. */
  function requestsFor(op: Operation): string[] {
    const params = pathParameters(op);
    if (params.length === 0) return [operationUrl(op), operationUrl(op, undefined, { q: 'canary' })];
    return candidateIds(op.path, ids).map((id) => operationUrl(op, (name) => BY_PARAM_NAME[name]?.(ids) ?? id));
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
  sourceId: (ids) => ids.source!,
  organisationId: (ids) => ids.organisation!,
  caseUpdateId: (ids) => ids.caseUpdate!,
};

/** The planted ids that fit the first segment of the path, or all of them for an unknown one. */
function candidateIds(path: string, ids: Record<string, string>): string[] {
  const segment = path.split('/')[2] ?? '';
  const fits: Record<string, string[]> = {
    persons: ['person'],
    sources: ['source'],
    cases: ['case'],
    'case-updates': ['caseUpdate'],
    organisations: ['organisation'],
    'detention-periods': ['detentionPeriod'],
    'audit-entries': ['auditPerson', 'auditOrganisation', 'auditSource', 'auditCaseUpdate'],
  };
  const keys = fits[segment] ?? Object.keys(ids);
  return keys.map((k) => ids[k]!);
}

/**
 * The planted records: a visible person with restricted health notes and address, a
 * visible source whose identity is restricted, a visible case with a restricted update
 * quoting that source, a restricted organisation, a detention period with ill-treatment
 * notes, and audit entries carrying the same values.
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
      searchKey: searchKey(['Canary Person']),
      names: { create: [{ value: 'Канари Персон', script: 'cyrl' }] },
    },
  });
  const source = await p.source.create({
    data: {
      kind: 'interview',
      title: 'Canary interview',
      confidentiality: 'internal',
      identityConfidentiality: 'restricted',
      author: value('AUTHOR'),
      contact: value('CONTACT'),
    },
  });
  const legalCase = await p.legalCase.create({
    data: { title: 'Canary case', confidentiality: 'internal', searchKey: searchKey(['Canary case']) },
  });
  await p.caseParticipant.create({ data: { caseId: legalCase.id, personId: person.id, role: 'defendant' } });
  const caseUpdate = await p.caseUpdate.create({
    data: {
      personId: person.id,
      caseId: legalCase.id,
      factOn: new Date('2012-01-01T00:00:00Z'),
      factOnPrecision: 'month',
      kind: 'health',
      title: 'Canary update',
      body: value('UPDATE'),
      authorId: coordinatorId,
      confidentiality: 'restricted',
      sources: { create: [{ sourceId: source.id }] },
    },
  });
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
  const audit = (entityType: string, entityId: string, after: object, before?: object) =>
    p.auditEntry.create({
      data: { action: before ? 'update' : 'create', entityType, entityId, actorId: coordinatorId, before, after },
    });
  const personShape = { id: person.id, displayName: 'Canary Person', confidentiality: 'internal' };
  const entries = await Promise.all([
    audit(
      'Person',
      person.id,
      { ...personShape, healthNotes: value('HEALTH'), address: value('ADDRESS') },
      { ...personShape, healthNotes: null },
    ),
    audit('Organisation', organisation.id, { id: organisation.id, name: value('ORG'), confidentiality: 'restricted' }),
    audit('Source', source.id, {
      id: source.id,
      title: 'Canary interview',
      confidentiality: 'internal',
      identityConfidentiality: 'restricted',
      author: value('AUTHOR'),
      contact: value('CONTACT'),
    }),
    audit('CaseUpdate', caseUpdate.id, { id: caseUpdate.id, body: value('UPDATE'), confidentiality: 'restricted' }),
  ]);
  return {
    person: person.id,
    source: source.id,
    case: legalCase.id,
    caseUpdate: caseUpdate.id,
    organisation: organisation.id,
    detentionPeriod: detention.id,
    auditPerson: entries[0].id.toString(),
    auditOrganisation: entries[1].id.toString(),
    auditSource: entries[2].id.toString(),
    auditCaseUpdate: entries[3].id.toString(),
  };
}
