import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type request from 'supertest';
import { createUser, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { loadDemoData } from '../demo-data/load-demo-data';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const PDFTOTEXT = hasPdftotext();

/** The PDF's text as pdftotext reads it (what a reader copying from the PDF gets). */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-'));
  try {
    const file = path.join(dir, 'd.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('PDF dossiers', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;
  let kozlovId: string;
  let protesterAId: string;
  let kozlovCaseId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createUser(t, 'admin');
    await loadDemoData(t.prisma, { actorId: admin.id });
    coordinator = await loginAs(t, 'coordinator');
    researcher = await loginAs(t, 'researcher');
    viewer = await loginAs(t, 'viewer');
    kozlovId = (await t.prisma.person.findFirstOrThrow({ where: { displayName: 'Vladimir Kozlov' } })).id;
    protesterAId = (await t.prisma.person.findFirstOrThrow({ where: { displayName: 'Demo Protester A' } }))
      .id;
    kozlovCaseId = (await t.prisma.legalCase.findFirstOrThrow({ where: { caseNumber: 'DEMO-2012-001' } })).id;
    if (!PDFTOTEXT)
      console.warn(
        'pdftotext is missing: PDF text assertions are skipped (apt-get install -y poppler-utils)',
      );
  });
  afterAll(() => t.close());

  it("renders a person's dossier with Cyrillic names, page numbers and the exporting user, and audits it", async () => {
    const res = await researcher
      .get(`/api/persons/${kozlovId}/dossier.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (PDFTOTEXT) {
      const text = pdfText(pdf);
      expect(text).toContain('Владимир Козлов');
      expect(text).toContain('Page 1 of');
      expect(text).toContain(researcher.email);
      expect(text).toContain('imprisoned');
      expect(text).toContain('Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3');
      expect(text).toContain('August 2019'); // expected release: February 2012 + 7 years 6 months
      expect(text).toContain('February 2012');
      expect(text).toMatch(/un wgad: planned/);
    }
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'export', entityType: 'Person', entityId: kozlovId, actorId: researcher.userId },
    });
    expect(audit.details).toMatchObject({ format: 'pdf', document: 'dossier' });
  });

  it('leaves sensitive fields out below clearance and shows them to a coordinator', async () => {
    const healthNotes = (await t.prisma.person.findUniqueOrThrow({ where: { id: protesterAId } }))
      .healthNotes!;
    const forResearcher = await researcher
      .get(`/api/persons/${protesterAId}/dossier.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const forCoordinator = await coordinator
      .get(`/api/persons/${protesterAId}/dossier.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    if (PDFTOTEXT) {
      const squash = (s: string) => s.replace(/\s+/g, ' ');
      expect(squash(pdfText(forResearcher.body as Buffer))).not.toContain(squash(healthNotes).slice(0, 40));
      expect(squash(pdfText(forCoordinator.body as Buffer))).toContain(squash(healthNotes).slice(0, 40));
    }
  });

  it("renders a case dossier with Kazakh letters, and withholds a restricted source's identity", async () => {
    const res = await researcher
      .get(`/api/cases/${kozlovCaseId}/dossier.pdf?lang=kk`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    if (PDFTOTEXT) {
      const text = pdfText(res.body as Buffer);
      expect(text).toContain('DEMO-2012-001');
      expect(text).toContain('2012 ж. ақпан'); // Kazakh month: February 2012
      expect(text).toContain('Page 1 of');
      expect(text).not.toContain('Anonymous witnesses'); // restricted source: not for a researcher
    }
  });

  it('answers 404 for an invisible or missing record, 403 for a viewer, 400 for a bad id', async () => {
    const restricted = await t.prisma.person.create({
      data: { displayName: 'CANARY-RESTRICTED-dossier', confidentiality: 'restricted' },
    });
    await researcher.get(`/api/persons/${restricted.id}/dossier.pdf`).expect(404);
    await coordinator.get(`/api/persons/${restricted.id}/dossier.pdf`).expect(200);
    await viewer.get(`/api/persons/${kozlovId}/dossier.pdf`).expect(403);
    await coordinator.get('/api/persons/not-a-uuid/dossier.pdf').expect(400);
  });
});
