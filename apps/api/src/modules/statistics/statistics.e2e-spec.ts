import { derivePersonStatus, toIsoDateUtc } from '@habeas/shared';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { createUser, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { dateFromDb } from '../../common/imprecise-date.db';
import { loadDemoData } from '../demo-data/load-demo-data';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

type Row = { key: string; label: string; count: number };
const counts = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));

describe('statistics', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createUser(t, 'admin');
    await loadDemoData(t.prisma, { actorId: admin.id });
    // A restricted person in pretrial detention: counted for a coordinator only.
    const canary = await t.prisma.person.create({
      data: {
        displayName: 'CANARY-RESTRICTED-stats',
        confidentiality: 'restricted',
        residenceRegion: 'Canary region',
      },
    });
    await t.prisma.detentionPeriod.create({
      data: {
        personId: canary.id,
        kind: 'pretrial_detention',
        startedOn: new Date('2012-03-01'),
        startedOnPrecision: 'month',
        confidentiality: 'restricted',
      },
    });
    coordinator = await loginAs(t, 'coordinator');
    researcher = await loginAs(t, 'researcher');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.close());

  it('counts the demo data by status, region, provision, category and sentence length', async () => {
    const res = await viewer.get('/api/statistics?from=2011-12&to=2013-01').expect(200);
    const s = res.body;
    expect(s.persons).toBe(14);
    expect(counts(s.byStatus)).toEqual({ imprisoned: 3, pretrial_detention: 1, released: 4, unknown: 6 });
    const regions = await t.prisma.person.groupBy({
      by: ['residenceRegion'],
      where: { deletedAt: null, confidentiality: { in: ['public', 'internal'] } },
      _count: true,
    });
    expect(counts(s.byRegion)).toEqual(
      Object.fromEntries(regions.map((r) => [r.residenceRegion ?? '', r._count])),
    );
    expect(s.byRegion.find((r: Row) => r.key === '')?.label).toBe('Unknown');
    const provisions = Object.fromEntries(
      s.byProvision.map((r: Row) => [r.label.replace(/^.*art\. /, 'art. '), r.count]),
    );
    expect(provisions).toEqual({
      'art. 164 part 3': 3,
      'art. 170': 1,
      'art. 235': 2,
      'art. 241': 4,
      'art. 175': 2,
      'art. 308': 2,
    });
    expect(counts(s.byCategory)).toMatchObject({ incitement: 3, mass_riots: 4, organised_group: 2 });
    expect(counts(s.sentenceBands)).toEqual({ lt1: 0, '1to3': 0, '3to5': 0, '5to10': 2, gt10: 1 });
  });

  it('agrees with derivePersonStatus for every person', async () => {
    const levels = ['public', 'internal'] as const;
    const persons = await t.prisma.person.findMany({
      where: { deletedAt: null, confidentiality: { in: [...levels] } },
      include: {
        detentionPeriods: { where: { deletedAt: null, confidentiality: { in: [...levels] } } },
        sentences: {
          where: { deletedAt: null, confidentiality: { in: [...levels] } },
          include: { supersededBy: true },
        },
      },
    });
    const expected: Record<string, number> = {};
    for (const p of persons) {
      const { status } = derivePersonStatus(
        {
          statusOverride: null,
          detentionPeriods: p.detentionPeriods.map((d) => ({
            kind: d.kind,
            startedOn: dateFromDb(d.startedOn, d.startedOnPrecision),
            endedOn: dateFromDb(d.endedOn, d.endedOnPrecision),
          })),
          sentences: p.sentences.map((x) => ({
            kind: x.kind,
            verdictOn: dateFromDb(x.verdictOn, x.verdictOnPrecision),
            startedOn: dateFromDb(x.startedOn, x.startedOnPrecision),
            term: { years: x.termYears, months: x.termMonths, days: x.termDays },
            actualReleaseOn: dateFromDb(x.actualReleaseOn, x.actualReleaseOnPrecision),
            superseded: Boolean(x.supersededBy && !x.supersededBy.deletedAt),
          })),
        },
        toIsoDateUtc(new Date()),
      );
      expected[status] = (expected[status] ?? 0) + 1;
    }
    const res = await researcher.get('/api/statistics').expect(200);
    expect(counts(res.body.byStatus)).toEqual(expected);
  });

  it('gives monthly arrests, releases and persons in detention (imprecise starts first day, ends last day)', async () => {
    const { body } = await viewer.get('/api/statistics?from=2011-12&to=2013-01').expect(200);
    const month = (m: string) => body.monthly.find((x: { month: string }) => x.month === m);
    expect(body.monthly).toHaveLength(14);
    expect(month('2011-12')).toEqual({ month: '2011-12', arrests: 3, releases: 0, inDetention: 3 });
    expect(month('2012-01')).toMatchObject({ inDetention: 7 });
    expect(month('2012-02')).toEqual({ month: '2012-02', arrests: 1, releases: 0, inDetention: 8 });
    expect(month('2012-06')).toMatchObject({ releases: 1, inDetention: 8 });
    expect(month('2012-10')).toMatchObject({ releases: 2 });
    expect(month('2012-11')).toMatchObject({ inDetention: 5 });
    expect(month('2013-01')).toMatchObject({ inDetention: 4 });
    expect(body.arrestsWithYearOnly).toBe(4);
    expect(body.releasesWithYearOnly).toBe(1);
  });

  it('counts restricted records only for those cleared to see them', async () => {
    const forResearcher = (await researcher.get('/api/statistics?from=2012-03&to=2012-03').expect(200)).body;
    const forCoordinator = (await coordinator.get('/api/statistics?from=2012-03&to=2012-03').expect(200))
      .body;
    expect(forCoordinator.persons).toBe(forResearcher.persons + 1);
    expect(JSON.stringify(forResearcher)).not.toContain('Canary region');
    expect(forCoordinator.monthly[0].inDetention).toBe(forResearcher.monthly[0].inDetention + 1);
    expect(forCoordinator.monthly[0].arrests).toBe(forResearcher.monthly[0].arrests + 1);
  });

  it('applies filters', async () => {
    const provision = await t.prisma.legalProvision.findFirstOrThrow({ where: { article: '241' } });
    const res = await viewer.get(`/api/statistics?legalProvisionId=${provision.id}`).expect(200);
    expect(res.body.persons).toBe(4);
    const byCase = await t.prisma.legalCase.findFirstOrThrow({ where: { caseNumber: 'DEMO-2012-001' } });
    expect((await viewer.get(`/api/statistics?caseId=${byCase.id}`).expect(200)).body.persons).toBe(4);
    expect((await viewer.get('/api/statistics?category=mass_riots').expect(200)).body.persons).toBe(4);
  });

  it('rejects bad months and reversed ranges (400)', async () => {
    const res = await viewer.get('/api/statistics?from=2012-13').expect(400);
    expect(res.body.details.issues[0].path).toBe('query.from');
    await viewer.get('/api/statistics?from=2013-01&to=2012-01').expect(400);
  });

  it('downloads the report as XLSX and PDF, audited as exports (coordinator only)', async () => {
    const xlsx = await coordinator
      .get('/api/statistics/report.xlsx?from=2012-01&to=2012-12')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const monthly = workbook.getWorksheet('Monthly')!;
    expect(monthly.rowCount).toBe(13);
    expect(typeof monthly.getRow(2).getCell(4).value).toBe('number');
    const pdf = await coordinator.get('/api/statistics/report.pdf').buffer(true).parse(binary).expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const audits = await t.prisma.auditEntry.count({
      where: { action: 'export', entityType: 'Statistics', actorId: coordinator.userId },
    });
    expect(audits).toBe(2);
    await researcher.get('/api/statistics/report.xlsx').expect(403);
  });
});
