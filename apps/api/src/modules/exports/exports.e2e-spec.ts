import ExcelJS from 'exceljs';
import type request from 'supertest';
import { createUser, login, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { loadDemoData } from '../demo-data/load-demo-data';
import { csvRecords } from './csv-test-utils';
import { ExportJobsService } from './export-jobs.service';
import { SYNC_EXPORT_MAX_ROWS } from './exports.service';

const HOSTILE = '=HYPERLINK("http://evil","x")';

/** supertest: keep the body as bytes (XLSX, or CSV with a BOM checked byte for byte). */
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('list exports (CSV / XLSX)', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;
  const canary = `CANARY-RESTRICTED-${Math.random().toString(36).slice(2, 8)}`;
  let healthNote: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createUser(t, 'admin');
    await loadDemoData(t.prisma, { actorId: admin.id });
    await t.prisma.person.create({
      data: {
        displayName: canary,
        confidentiality: 'restricted',
        searchKey: canary.toLowerCase(),
        notes: 'restricted canary',
      },
    });
    const protesterB = await t.prisma.person.findFirstOrThrow({ where: { displayName: 'Demo Protester B' } });
    await t.prisma.person.update({ where: { id: protesterB.id }, data: { notes: HOSTILE } });
    const protesterA = await t.prisma.person.findFirstOrThrow({ where: { displayName: 'Demo Protester A' } });
    healthNote = protesterA.healthNotes!;
    coordinator = await loginAs(t, 'coordinator');
    researcher = await loginAs(t, 'researcher');
    viewer = await loginAs(t, 'viewer');
  });
  afterAll(() => t.close());

  it('exports persons as CSV matching the database cell by cell (names, Cyrillic, dates as written)', async () => {
    const res = await coordinator.get('/api/exports/persons?format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="habeas-persons-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const records = csvRecords(res.text);
    const persons = await t.prisma.person.findMany({
      where: { deletedAt: null },
      include: { names: true },
      orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
    });
    expect(records.map((r) => r.Name)).toEqual(persons.map((p) => p.displayName));
    for (const [i, person] of persons.entries()) {
      const record = records[i]!;
      const primary = (script: string) =>
        person.names
          .filter((n) => n.script === script)
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))[0]?.value ?? '';
      expect(record['Name (Cyrillic)']).toBe(primary('cyrl'));
      expect(record['Name (Kazakh)']).toBe(primary('kk'));
      expect(record.Region).toBe(person.residenceRegion ?? '');
      expect(record.Confidentiality).toBe(person.confidentiality);
    }
    const kozlov = records.find((r) => r.Name === 'Vladimir Kozlov')!;
    expect(kozlov['Name (Cyrillic)']).toBe('Владимир Козлов');
    expect(kozlov.Arrested).toBe('February 2012');
    expect(kozlov['Current status']).toBe('imprisoned');
    expect(kozlov.Sentence).toBe('imprisonment, 7 years 6 months');
    expect(kozlov['Expected release']).toBe('August 2019');
    expect(kozlov.Charges).toContain('Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3');
    expect(kozlov.Cases).toContain('DEMO-2012-001');
    const sapargali = records.find((r) => r.Name === 'Serik Sapargali')!;
    expect(sapargali['Name (Kazakh)']).toBe('Серік Сапарғали');
    expect(sapargali.Arrested).toBe('2012');
    const protesterD = records.find((r) => r.Name === 'Demo Protester D')!;
    expect(protesterD['Birth date']).toBe('March 1978');
  });

  it('writes dates in the export language', async () => {
    const ru = csvRecords(
      (await coordinator.get('/api/exports/persons?lang=ru&columns=displayName,arrestedOn').expect(200)).text,
    );
    expect(ru.find((r) => r.Name === 'Vladimir Kozlov')?.Arrested).toBe('февраль 2012');
    const kk = csvRecords(
      (await coordinator.get('/api/exports/persons?lang=kk&columns=displayName,arrestedOn').expect(200)).text,
    );
    expect(kk.find((r) => r.Name === 'Vladimir Kozlov')?.Arrested).toBe('2012 ж. ақпан');
  });

  it('neutralises spreadsheet formulas in text cells', async () => {
    const res = await coordinator.get('/api/exports/persons?columns=displayName,notes').expect(200);
    const record = csvRecords(res.text).find((r) => r.Name === 'Demo Protester B')!;
    expect(record.Notes).toBe(`'${HOSTILE}`);
  });

  it('keeps the restricted canary and health notes out of a researcher export and out of the public variant', async () => {
    const forResearcher = await researcher.get('/api/exports/persons').expect(200);
    expect(forResearcher.text).not.toContain(canary);
    expect(forResearcher.text).not.toContain(healthNote);
    expect(forResearcher.text).toContain('Demo Protester A');

    const publicVariant = await coordinator.get('/api/exports/persons?variant=public').expect(200);
    expect(publicVariant.text).not.toContain(canary);
    expect(publicVariant.text).not.toContain(healthNote);
    // Only public records: the internal demo protesters are left out, and so are internal columns.
    expect(publicVariant.text).not.toContain('Demo Protester A');
    expect(publicVariant.text).toContain('Владимир Козлов');
    expect(Object.keys(csvRecords(publicVariant.text)[0]!)).not.toContain('Notes');

    // The viewer role may not export at all.
    await viewer.get('/api/exports/persons').expect(403);
  });

  it('includes the canary and health notes in a coordinator full export that asks for them', async () => {
    const res = await coordinator.get('/api/exports/persons?columns=displayName,healthNotes').expect(200);
    expect(res.text).toContain(canary);
    expect(csvRecords(res.text).find((r) => r.Name === 'Demo Protester A')?.['Health notes']).toBe(
      healthNote,
    );
  });

  it('refuses unknown columns, sensitive columns below clearance and internal columns in the public variant (400)', async () => {
    const unknown = await coordinator
      .get('/api/exports/persons?columns=displayName,passwordHash')
      .expect(400);
    expect(unknown.body.details.issues[0].path).toBe('query.columns');
    expect(unknown.body.details.issues[0].message).toContain('passwordHash');
    const sensitive = await researcher
      .get('/api/exports/persons?columns=displayName,healthNotes')
      .expect(400);
    expect(sensitive.body.details.issues[0].message).toContain('healthNotes');
    const internal = await coordinator.get('/api/exports/persons?variant=public&columns=notes').expect(400);
    expect(internal.body.details.issues[0].message).toContain('public variant');
    const badFilter = await coordinator.get('/api/exports/cases?status=imprisoned').expect(400);
    expect(badFilter.body.details.issues[0].path).toBe('query.status');
    await coordinator.get('/api/exports/persons?format=pdf').expect(400);
    await coordinator.get('/api/exports/persons?nonsense=1').expect(400);
  });

  it('audits every export with its row count, filters, columns and variant', async () => {
    const res = await researcher.get('/api/exports/charges?status=convicted').expect(200);
    const rows = csvRecords(res.text).length;
    const entry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'export', actorId: researcher.userId, entityType: 'Charge' },
      orderBy: { id: 'desc' },
    });
    expect(entry.details).toMatchObject({
      format: 'csv',
      variant: 'full',
      rows,
      filters: { status: 'convicted' },
    });
    expect(rows).toBeGreaterThan(0);
  });

  it('applies list filters (status, provision, period)', async () => {
    const imprisoned = csvRecords(
      (
        await coordinator
          .get('/api/exports/persons?status=imprisoned&columns=displayName,currentStatus')
          .expect(200)
      ).text,
    );
    expect(imprisoned.map((r) => r.Name).sort()).toEqual([
      'Demo Protester A',
      'Demo Protester B',
      'Vladimir Kozlov',
    ]);
    const provision = await t.prisma.legalProvision.findFirstOrThrow({
      where: { article: '164', part: '3' },
    });
    const charged = csvRecords(
      (await coordinator.get(`/api/exports/charges?legalProvisionId=${provision.id}`).expect(200)).text,
    );
    expect(charged.map((r) => r.Person).sort()).toEqual([
      'Akzhanat Aminov',
      'Serik Sapargali',
      'Vladimir Kozlov',
    ]);
    expect(charged[0]!['Legal provision']).toBe(
      'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
    );
    const arrested2011 = csvRecords(
      (await coordinator.get('/api/exports/persons?from=2011-12&to=2011-12&columns=displayName').expect(200))
        .text,
    );
    expect(arrested2011.map((r) => r.Name).sort()).toEqual([
      'Demo Protester A',
      'Demo Protester B',
      'Demo Protester D',
    ]);
  });

  it('exports every kind with readable linked values', async () => {
    for (const kind of ['cases', 'charges', 'sentences', 'appeals', 'case-updates']) {
      const res = await coordinator.get(`/api/exports/${kind}`).expect(200);
      expect(csvRecords(res.text).length).toBeGreaterThan(0);
      expect(res.text).not.toMatch(/\[object Object\]/);
    }
    const sentences = csvRecords((await coordinator.get('/api/exports/sentences').expect(200)).text);
    const kozlov = sentences.find((s) => s.Person === 'Vladimir Kozlov')!;
    expect(kozlov).toMatchObject({
      Term: '7 years 6 months',
      Start: 'February 2012',
      'Expected release': 'August 2019',
      Verdict: 'October 2012',
    });
    const appeals = csvRecords((await coordinator.get('/api/exports/appeals').expect(200)).text);
    const wgad = appeals.find((a) => a.Level === 'un wgad')!;
    expect(Number(wgad['Days to deadline'])).toBeGreaterThan(40);
    expect(wgad.Overdue).toBe('no');
  });

  it('writes a BOM and the chosen separator for Excel', async () => {
    const res = await coordinator
      .get('/api/exports/persons?bom=true&separator=;&columns=displayName,nameCyrillic')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvRecords(body.toString('utf8'), ';');
    expect(records.find((r) => r.Name === 'Vladimir Kozlov')?.['Name (Cyrillic)']).toBe('Владимир Козлов');
  });

  it('exports XLSX with a header row, real numbers and real dates', async () => {
    const res = await coordinator
      .get('/api/exports/sentences?format=xlsx&columns=person,term,termYears,expectedReleaseOn')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Person', 'Term', 'Term (years)', 'Expected release']);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const kozlov = rows.find((r) => r[1] === 'Vladimir Kozlov')!;
    expect(kozlov.slice(1)).toEqual(['Vladimir Kozlov', '7 years 6 months', 7, 'August 2019']);

    const appeals = await coordinator
      .get('/api/exports/appeals?format=xlsx&columns=level,deadline,daysToDeadline')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(appeals.body as never);
    const wgad = (book.worksheets[0]!.getSheetValues().slice(2) as unknown[][]).find(
      (r) => r[1] === 'un wgad',
    )!;
    expect(wgad[2]).toBeInstanceOf(Date);
    expect(typeof wgad[3]).toBe('number');
  });
});

describe('background export jobs', () => {
  let t: TestApp;
  let researcher: UserSession;
  let other: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createUser(t, 'admin');
    await loadDemoData(t.prisma, { actorId: admin.id });
    researcher = await loginAs(t, 'researcher');
    const second = await createUser(t, 'coordinator');
    other = await login(t, second.email);
  });
  afterAll(() => t.close());

  async function waitForJob(session: UserSession, id: string) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await session.get(`/api/exports/jobs/${id}`).expect(200);
      if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
      if (Date.now() > deadline) throw new Error(`job ${id} still ${res.body.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('runs queued -> done with rowsDone == rowsTotal, and only the requester downloads the file', async () => {
    const created = await researcher
      .post('/api/exports/jobs', { kind: 'persons', format: 'csv', columns: ['displayName', 'nameCyrillic'] })
      .expect(201);
    expect(created.body.status).toBe('queued');
    const job = await waitForJob(researcher, created.body.id);
    expect(job.status).toBe('done');
    expect(job.rowsTotal).toBeGreaterThan(0);
    expect(job.rowsDone).toBe(job.rowsTotal);
    expect(job.percent).toBe(100);

    const file = await researcher.get(job.downloadUrl).expect(200);
    const records = csvRecords(file.text);
    expect(records).toHaveLength(job.rowsTotal);
    expect(records.find((r) => r.Name === 'Vladimir Kozlov')?.['Name (Cyrillic)']).toBe('Владимир Козлов');

    await other.get(job.downloadUrl).expect(404);
    await other.get(`/api/exports/jobs/${job.id}`).expect(404);
    const mine = await researcher.get('/api/exports/jobs').expect(200);
    expect(mine.body.items.map((j: { id: string }) => j.id)).toContain(job.id);

    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'export', entityId: job.id },
    });
    expect(audit.details).toMatchObject({ rows: job.rowsTotal, jobId: job.id });
  });

  it('answers 202 with a job for ?async=true, and the XLSX job completes', async () => {
    const res = await researcher.get('/api/exports/charges?format=xlsx&async=true').expect(202);
    expect(res.body.status).toBe('queued');
    const job = await waitForJob(researcher, res.body.id);
    expect(job.status).toBe('done');
    const file = await researcher.get(job.downloadUrl).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as never);
    expect(workbook.worksheets[0]!.rowCount).toBe(job.rowsTotal + 1);
  });

  it('re-queues a job left running by a dead process', async () => {
    const row = await t.prisma.exportJob.create({
      data: {
        requestedById: researcher.userId,
        kind: 'cases',
        format: 'csv',
        status: 'running',
        rowsDone: 3,
        filters: { filters: {}, columns: ['title'], variant: 'full', lang: 'en', separator: ',', bom: false },
      },
    });
    const jobs = t.app.get(ExportJobsService);
    await jobs.requeueInterrupted();
    const job = await waitForJob(researcher, row.id);
    expect(job.status).toBe('done');
    expect(job.rowsDone).toBe(job.rowsTotal);
  });

  it('turns an export over the row threshold into a background job (202) that counts its progress', async () => {
    await t.pool.query(
      `INSERT INTO persons (id, display_name, search_key, confidentiality, updated_at)
       SELECT gen_random_uuid(), 'Bulk person ' || g, 'bulk person ' || g, 'internal', now()
       FROM generate_series(1, ${SYNC_EXPORT_MAX_ROWS + 1}) g`,
    );
    const res = await researcher.get('/api/exports/persons?columns=displayName').expect(202);
    expect(res.body).toMatchObject({ kind: 'persons', format: 'csv', status: 'queued' });
    const job = await waitForJob(researcher, res.body.id);
    expect(job.status).toBe('done');
    expect(job.rowsTotal).toBeGreaterThan(SYNC_EXPORT_MAX_ROWS);
    expect(job.rowsDone).toBe(job.rowsTotal);
    const file = await researcher.get(job.downloadUrl).expect(200);
    expect(csvRecords(file.text)).toHaveLength(job.rowsTotal);
  });

  it('rejects a job body with a bad column (400 naming it)', async () => {
    const res = await researcher
      .post('/api/exports/jobs', { kind: 'persons', columns: ['nope'] })
      .expect(400);
    expect(res.body.details.issues[0].path).toBe('body.columns');
  });
});
