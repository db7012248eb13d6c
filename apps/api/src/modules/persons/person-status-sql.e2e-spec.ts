/**
 * The derived status exists three times: derivePersonStatus (TypeScript, shown on every person),
 * person_status_on (SQL, one person: exports, statistics) and person_statuses_on (SQL, every
 * person at once: the list's status filter). This test builds persons covering every rule and
 * checks that all three give the same answer on every day from 2009 to 2021, for a reader who
 * sees everything and for one who does not see restricted records.
 */
import type { Confidentiality } from '@habeas/shared';
import { addDays, derivePersonStatus } from '@habeas/shared';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { statusFactsInclude, toStatusFacts } from './person-status.facts';

type Precision = 'day' | 'month' | 'year';
const d = (value: string, precision: Precision = 'day') => ({
  date: new Date(`${value}T00:00:00.000Z`),
  precision,
});

const FROM = '2009-01-01';
const TO = '2021-12-31';
const ALL: Confidentiality[] = ['public', 'internal', 'restricted'];
const NOT_RESTRICTED: Confidentiality[] = ['public', 'internal'];

describe('person_status_on (SQL) agrees with derivePersonStatus (TypeScript)', () => {
  let t: TestApp;
  const personIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const legalCase = await t.prisma.legalCase.create({ data: { title: 'Parity case' } });
    const person = async (name: string, extra: object = {}) => {
      const p = await t.prisma.person.create({ data: { displayName: name, ...extra } });
      personIds.push(p.id);
      return p.id;
    };
    const period = (
      personId: string,
      kind: string,
      start?: ReturnType<typeof d>,
      end?: ReturnType<typeof d>,
      extra = {},
    ) =>
      t.prisma.detentionPeriod.create({
        data: {
          personId,
          kind: kind as never,
          startedOn: start?.date ?? null,
          startedOnPrecision: start?.precision ?? null,
          endedOn: end?.date ?? null,
          endedOnPrecision: end?.precision ?? null,
          ...extra,
        },
      });
    const sentence = (
      personId: string,
      kind: string,
      f: {
        verdict?: ReturnType<typeof d>;
        start?: ReturnType<typeof d>;
        release?: ReturnType<typeof d>;
        term?: [number, number, number];
        supersedesId?: string;
        confidentiality?: Confidentiality;
      },
    ) =>
      t.prisma.sentence.create({
        data: {
          personId,
          caseId: legalCase.id,
          kind: kind as never,
          verdictOn: f.verdict?.date ?? null,
          verdictOnPrecision: f.verdict?.precision ?? null,
          startedOn: f.start?.date ?? null,
          startedOnPrecision: f.start?.precision ?? null,
          actualReleaseOn: f.release?.date ?? null,
          actualReleaseOnPrecision: f.release?.precision ?? null,
          termYears: f.term?.[0] ?? 0,
          termMonths: f.term?.[1] ?? 0,
          termDays: f.term?.[2] ?? 0,
          supersedesId: f.supersedesId ?? null,
          confidentiality: f.confidentiality ?? 'internal',
        },
      });

    // Pretrial, verdict with credited start, colony, parole recorded on the colony period only.
    const a = await person('Parole');
    await period(a, 'pretrial_detention', d('2011-12-17'), d('2012-06-04'));
    await period(a, 'prison_colony', d('2012-08-01'), d('2016-10-14'));
    await sentence(a, 'imprisonment', { verdict: d('2012-06-04'), start: d('2011-12-17'), term: [7, 0, 0] });

    // Imprecise dates everywhere; term with days, start of month precision; still in SIZO after verdict.
    const b = await person('Imprecise');
    await period(b, 'pretrial_detention', d('2011-12-01', 'month'));
    await sentence(b, 'imprisonment', {
      verdict: d('2012-01-01', 'year'),
      start: d('2011-12-01', 'month'),
      term: [4, 11, 20],
    });

    // Probation without a start; house arrest before it; an override from 2019 (exiled).
    const c = await person('Probation', {
      statusOverride: 'exiled',
      statusOverrideOn: d('2019-05-01').date,
      statusOverrideOnPrecision: 'day',
    });
    await period(c, 'house_arrest', d('2012-01-10'), d('2012-03-10'));
    await sentence(c, 'suspended', { verdict: d('2012-03-10'), term: [3, 0, 0] });
    await sentence(c, 'probation', {
      verdict: d('2015-01-01', 'month'),
      start: d('2015-01-01', 'month'),
      term: [2, 0, 0],
    });

    // A sentence superseded after appeal, and one whose replacement is restricted.
    const e = await person('Superseded');
    const first = await sentence(e, 'imprisonment', {
      verdict: d('2012-02-29'),
      start: d('2012-02-29'),
      term: [5, 0, 0],
    });
    await sentence(e, 'imprisonment', {
      verdict: d('2012-09-01'),
      start: d('2012-02-29'),
      term: [1, 1, 0],
      supersedesId: first.id,
      confidentiality: 'restricted',
    });

    // Overlapping periods starting the same day; a restricted open psychiatric period; admin arrest.
    const f = await person('Overlaps');
    await period(f, 'house_arrest', d('2013-03-01'), d('2013-06-30'));
    await period(f, 'pretrial_detention', d('2013-03-01'), d('2013-04-15'));
    await period(f, 'administrative_arrest', d('2010-05-01', 'month'), d('2010-05-01', 'month'));
    await period(f, 'psychiatric', d('2017-01-01', 'year'), undefined, { confidentiality: 'restricted' });

    // Only a fine; an open period with no dates; and nothing at all.
    const g = await person('Fine only');
    await sentence(g, 'fine', { verdict: d('2014-07-01') });
    const h = await person('No dates');
    await period(h, 'temporary_detention');
    await person('Nothing known', { statusOverride: 'disappeared' });
    await person('Nothing at all');

    // Imprisonment with an actual release, then a new detention (transfer chain with a gap).
    const i = await person('Released then rearrested');
    await sentence(i, 'imprisonment', {
      verdict: d('2010-01-01', 'year'),
      release: d('2013-11-01', 'month'),
      term: [10, 0, 0],
    });
    await period(i, 'temporary_detention', d('2018-02-02'), d('2018-02-05'));
    await sentence(i, 'restricted_freedom', {
      verdict: d('2018-06-01'),
      start: d('2018-06-01'),
      term: [0, 18, 0],
    });
  });
  afterAll(() => t.close());

  it.each([
    ['a reader who sees everything', ALL],
    ['a reader who does not see restricted records', NOT_RESTRICTED],
  ])('gives the same status every day for %s', async (_label, levels) => {
    let compared = 0;
    for (const id of personIds) {
      const row = await t.prisma.person.findUniqueOrThrow({
        where: { id },
        include: statusFactsInclude(levels),
      });
      const facts = toStatusFacts(row, levels);
      const sql = await t.pool.query<{ day: string; status: string }>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, person_status_on($1, day::date, $2::text[]::confidentiality[])::text AS status
         FROM generate_series($3::date, $4::date, interval '1 day') AS day`,
        [id, levels, FROM, TO],
      );
      const mismatches = sql.rows
        .map((r) => ({ day: r.day, sql: r.status, ts: derivePersonStatus(facts, r.day).status }))
        .filter((r) => r.sql !== r.ts);
      expect({ person: row.displayName, mismatches: mismatches.slice(0, 5) }).toEqual({
        person: row.displayName,
        mismatches: [],
      });
      compared += sql.rows.length;
    }
    expect(compared).toBe(personIds.length * (daysInRange() + 1));
  });

  it.each([
    ['a reader who sees everything', ALL],
    ['a reader who does not see restricted records', NOT_RESTRICTED],
  ])(
    'person_statuses_on (every person at once, for list filters) agrees with person_status_on every day for %s',
    async (_label, levels) => {
      const res = await t.pool.query<{ compared: number; mismatches: string[] }>(
        `SELECT count(*)::int AS compared,
              coalesce(array_agg(to_char(day, 'YYYY-MM-DD') || ' ' || s.person_id || ': ' || s.status || ' / ' || one.status)
                FILTER (WHERE s.status IS DISTINCT FROM one.status), '{}') AS mismatches
       FROM generate_series($2::date, $3::date, interval '1 day') AS day
       CROSS JOIN LATERAL person_statuses_on(day::date, $1::text[]::confidentiality[]) s
       CROSS JOIN LATERAL (SELECT person_status_on(s.person_id, day::date, $1::text[]::confidentiality[]) AS status) one
       WHERE s.person_id = ANY ($4::uuid[])`,
        [levels, FROM, TO, personIds],
      );
      expect(res.rows[0]!.mismatches.slice(0, 5)).toEqual([]);
      expect(res.rows[0]!.compared).toBe(personIds.length * (daysInRange() + 1));
    },
  );

  it('computes the same expected sentence end as expectedSentenceEnd, month clamping included', async () => {
    const res = await t.pool.query<{ e: string }>(
      `SELECT to_char(sentence_expected_end('2012-02-29', 'day', 1, 1, 0), 'YYYY-MM-DD') AS e
       UNION ALL SELECT to_char(sentence_expected_end('2011-01-31', 'day', 0, 1, 0), 'YYYY-MM-DD')
       UNION ALL SELECT to_char(sentence_expected_end('2011-12-01', 'month', 4, 11, 20), 'YYYY-MM-DD')`,
    );
    expect(res.rows.map((r) => r.e)).toEqual(['2013-03-28', '2011-02-28', '2016-11-01']);
  });
});

function daysInRange(): number {
  let n = 0;
  for (let day = FROM; day < TO; day = addDays(day, 1)) n += 1;
  return n;
}
