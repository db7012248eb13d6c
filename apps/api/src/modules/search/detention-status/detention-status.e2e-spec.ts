import { Prisma } from '@habeas/db';
import { type DatePrecision, derivePersonStatus, type ImpreciseDate, searchKey } from '@habeas/shared';
import { createUser, loginAs, type UserSession } from '../../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { loadDemoData } from '../../demo-data/load-demo-data';
import { CUSTODY_STATUSES, dateSeries, detentionStatusAtDatesSql } from './status-at-date.sql';

interface StatusAt {
  date: string;
  total: number;
  counts: Record<string, number>;
  persons: { id: string; displayName: string; status: string }[];
}

const imprecise = (date: Date | null, precision: DatePrecision | null): ImpreciseDate | null =>
  date && precision ? { value: date.toISOString().slice(0, 10), precision } : null;

describe('detention status at a date (GET /api/detention/status-at)', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let viewer: UserSession;
  let canaryId: string;

  const statusAt = async (who: UserSession, date: string): Promise<StatusAt> =>
    (await who.get(`/api/detention/status-at?date=${date}`).expect(200)).body;
  const statusOf = (body: StatusAt, name: string) => body.persons.find((p) => p.displayName === name)?.status;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createUser(t, 'admin');
    await loadDemoData(t.prisma, { actorId: admin.id });
    [coordinator, viewer] = await Promise.all([loginAs(t, 'coordinator'), loginAs(t, 'viewer')]);
    const canary = await t.prisma.person.create({
      data: {
        displayName: 'Canaryperson Restrictedova',
        confidentiality: 'restricted',
        searchKey: searchKey(['Canaryperson Restrictedova']),
        detentionPeriods: {
          create: {
            kind: 'house_arrest',
            startedOn: new Date('2012-05-01T00:00:00Z'),
            startedOnPrecision: 'month',
            confidentiality: 'internal',
          },
        },
      },
    });
    canaryId = canary.id;
  });
  afterAll(() => t.close());

  it('on 2012-06-01 counts Kozlov in pretrial detention', async () => {
    const body = await statusAt(viewer, '2012-06-01');
    expect(statusOf(body, 'Vladimir Kozlov')).toBe('pretrial_detention');
    expect(body.total).toBe(body.persons.length);
    const sum = Object.values(body.counts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(body.total);
    expect(body.counts.pretrial_detention).toBe(
      body.persons.filter((p) => p.status === 'pretrial_detention').length,
    );
  });

  it('on 2015-01-01 counts Kozlov imprisoned and Sapargali (probation, released) not detained', async () => {
    const body = await statusAt(viewer, '2015-01-01');
    expect(statusOf(body, 'Vladimir Kozlov')).toBe('imprisoned');
    expect(statusOf(body, 'Serik Sapargali')).toBeUndefined();
    expect(statusOf(body, 'Akzhanat Aminov')).toBeUndefined();
  });

  it('counts nobody before the events', async () => {
    const body = await statusAt(viewer, '2010-01-01');
    expect(body).toEqual({
      date: '2010-01-01',
      total: 0,
      counts: { imprisoned: 0, pretrial_detention: 0, house_arrest: 0, detained: 0 },
      persons: [],
    });
  });

  it('counts a restricted person only for those who may see it', async () => {
    expect((await statusAt(viewer, '2012-06-01')).persons.map((p) => p.id)).not.toContain(canaryId);
    const body = await statusAt(coordinator, '2012-06-01');
    expect(body.persons.find((p) => p.id === canaryId)?.status).toBe('house_arrest');
    expect(body.counts.house_arrest).toBeGreaterThanOrEqual(1);
  });

  it('rejects a missing, malformed or impossible date with 400', async () => {
    for (const query of [
      '',
      '?date=yesterday',
      '?date=2012-02-30',
      '?date=2012-6-1',
      '?date=2012-06-01&x=1',
    ]) {
      const res = await viewer.get(`/api/detention/status-at${query}`).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  /** Persons whose facts exercise the edge rules the demo data does not. */
  async function addEdgeCases(): Promise<void> {
    const caseId = (await t.prisma.legalCase.findFirstOrThrow()).id;
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const person = (displayName: string, extra: object = {}) =>
      t.prisma.person.create({
        data: { displayName, confidentiality: 'internal', searchKey: searchKey([displayName]), ...extra },
      });
    // Released early: the prison period ended (day) long before the expected end of the sentence.
    const early = await person('Edge Early Release');
    await t.prisma.detentionPeriod.create({
      data: {
        personId: early.id,
        kind: 'prison',
        startedOn: d('2013-01-01'),
        startedOnPrecision: 'month',
        endedOn: d('2014-03-15'),
        endedOnPrecision: 'day',
      },
    });
    await t.prisma.sentence.create({
      data: {
        personId: early.id,
        caseId,
        kind: 'imprisonment',
        termYears: 5,
        startedOn: d('2013-01-01'),
        startedOnPrecision: 'month',
        verdictOn: d('2013-02-01'),
        verdictOnPrecision: 'month',
      },
    });
    // A sentence reduced on appeal: the superseded one no longer counts.
    const reduced = await person('Edge Reduced Sentence');
    const original = await t.prisma.sentence.create({
      data: {
        personId: reduced.id,
        caseId,
        kind: 'imprisonment',
        termYears: 10,
        startedOn: d('2013-01-10'),
        startedOnPrecision: 'day',
      },
    });
    await t.prisma.sentence.create({
      data: {
        personId: reduced.id,
        caseId,
        kind: 'imprisonment',
        termYears: 2,
        termMonths: 1,
        termDays: 3,
        startedOn: d('2013-01-10'),
        startedOnPrecision: 'day',
        verdictOn: d('2013-06-01'),
        verdictOnPrecision: 'month',
        supersedesId: original.id,
      },
    });
    // Died in custody: a dated override ends it; an undated custodial override applies always.
    await person('Edge Deceased', {
      statusOverride: 'deceased',
      statusOverrideOn: d('2016-05-01'),
      statusOverrideOnPrecision: 'month',
      detentionPeriods: {
        create: { kind: 'prison_colony', startedOn: d('2014-01-01'), startedOnPrecision: 'year' },
      },
    });
    await person('Edge Override Imprisoned', { statusOverride: 'imprisoned' });
    // Unknown start; a leap-day start with a term in years, months and days.
    await person('Edge Unknown Start', {
      detentionPeriods: {
        create: { kind: 'administrative_arrest', endedOn: d('2012-03-01'), endedOnPrecision: 'month' },
      },
    });
    const leap = await person('Edge Leap Day');
    await t.prisma.sentence.create({
      data: {
        personId: leap.id,
        caseId,
        kind: 'imprisonment',
        termYears: 1,
        termMonths: 1,
        termDays: 3,
        startedOn: d('2012-02-29'),
        startedOnPrecision: 'day',
      },
    });
    // Pretrial detention while a prison sentence already runs: imprisoned.
    const both = await person('Edge Pretrial While Serving');
    await t.prisma.sentence.create({
      data: {
        personId: both.id,
        caseId,
        kind: 'imprisonment',
        termYears: 3,
        startedOn: d('2013-01-01'),
        startedOnPrecision: 'year',
      },
    });
    await t.prisma.detentionPeriod.create({
      data: {
        personId: both.id,
        kind: 'pretrial_detention',
        startedOn: d('2014-02-01'),
        startedOnPrecision: 'month',
        endedOn: d('2014-08-01'),
        endedOnPrecision: 'month',
      },
    });
  }

  it('agrees with the shared derivePersonStatus rules for every demo person, month by month', async () => {
    await addEdgeCases();
    // Every first of the month for ten years, plus the days around the edge cases' boundaries.
    const dates: string[] = [];
    for (let m = 0; m <= 120; m++) {
      const year = 2011 + Math.floor((m + 5) / 12);
      dates.push(`${year}-${String(((m + 5) % 12) + 1).padStart(2, '0')}-01`);
    }
    dates.push(
      '2013-03-31',
      '2014-03-15',
      '2014-03-16',
      '2015-02-13',
      '2015-02-14',
      '2016-04-30',
      '2012-03-31',
    );
    const sql = detentionStatusAtDatesSql({
      dates: Prisma.sql`SELECT unnest(${dates}::date[]) AS on_date`,
      levels: ['public', 'internal', 'restricted'],
    });
    const { rows } = await t.pool.query<{ on_date: string; person_id: string; status: string }>(
      `SELECT to_char(on_date, 'YYYY-MM-DD') AS on_date, person_id, status FROM (${sql.text}) s`,
      sql.values,
    );
    const fromSql = new Map(rows.map((r) => [`${r.on_date}|${r.person_id}`, r.status]));

    const persons = await t.prisma.person.findMany({
      where: { deletedAt: null },
      include: {
        detentionPeriods: { where: { deletedAt: null } },
        sentences: { where: { deletedAt: null } },
      },
    });
    let compared = 0;
    let inCustody = 0;
    for (const date of dates) {
      for (const p of persons) {
        const supersededIds = new Set(p.sentences.map((s) => s.supersedesId).filter(Boolean));
        const derived = derivePersonStatus(
          {
            statusOverride: p.statusOverride
              ? {
                  status: p.statusOverride,
                  since: imprecise(p.statusOverrideOn, p.statusOverrideOnPrecision),
                }
              : null,
            detentionPeriods: p.detentionPeriods.map((d) => ({
              kind: d.kind,
              startedOn: imprecise(d.startedOn, d.startedOnPrecision),
              endedOn: imprecise(d.endedOn, d.endedOnPrecision),
            })),
            sentences: p.sentences.map((s) => ({
              kind: s.kind,
              verdictOn: imprecise(s.verdictOn, s.verdictOnPrecision),
              startedOn: imprecise(s.startedOn, s.startedOnPrecision),
              term: { years: s.termYears, months: s.termMonths, days: s.termDays },
              actualReleaseOn: imprecise(s.actualReleaseOn, s.actualReleaseOnPrecision),
              superseded: supersededIds.has(s.id),
            })),
          },
          date,
        ).status;
        const expected = (CUSTODY_STATUSES as readonly string[]).includes(derived) ? derived : undefined;
        expect({ date, person: p.displayName, status: fromSql.get(`${date}|${p.id}`) }).toEqual({
          date,
          person: p.displayName,
          status: expected,
        });
        compared++;
        if (expected) inCustody++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(inCustody).toBeGreaterThan(50);
  });

  it('gives the statistics module a time series in one query', async () => {
    const sql = detentionStatusAtDatesSql({
      dates: dateSeries('2012-01-01', '2012-12-01', 'month'),
      levels: ['public', 'internal'],
    });
    const { rows } = await t.pool.query<{ month: string; n: string }>(
      `SELECT to_char(d.on_date, 'YYYY-MM') AS month, count(s.person_id) AS n
       FROM (SELECT generate_series('2012-01-01'::date, '2012-12-01'::date, '1 month')::date AS on_date) d
       LEFT JOIN (${sql.text}) s ON s.on_date = d.on_date
       GROUP BY 1 ORDER BY 1`,
      sql.values,
    );
    expect(rows).toHaveLength(12);
    const june = (await statusAt(viewer, '2012-06-01')).total;
    expect(Number(rows.find((r) => r.month === '2012-06')?.n)).toBe(june);
  });
});
