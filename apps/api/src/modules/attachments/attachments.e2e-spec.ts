import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type request from 'supertest';
import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** A valid 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The upload limit of this file's app: 50 KB (HABEAS_MAX_UPLOAD_MB is a number of megabytes). */
const LIMIT_MB = 50 / 1024;

/** supertest collects a binary body only when told how. */
function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** Every file of the store, temporary ones included. */
function storedFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('attachments API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;
  let person: { id: string; version: number };

  beforeAll(async () => {
    t = await createTestApp(undefined, { HABEAS_MAX_UPLOAD_MB: String(LIMIT_MB) });
    [coordinator, researcher, viewer] = await Promise.all([
      loginAs(t, 'coordinator'),
      loginAs(t, 'researcher'),
      loginAs(t, 'viewer'),
    ]);
    person = (await coordinator.post('/api/persons', { displayName: 'Roza Tuletayeva' }).expect(201)).body;
  });
  afterAll(() => t.close());

  function upload(
    session: UserSession,
    fields: Record<string, string>,
    file: Buffer,
    name: string,
    contentType: string,
  ) {
    let req = session.post('/api/attachments');
    for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
    return req.attach('file', file, { filename: name, contentType });
  }

  async function currentPerson(session: UserSession = coordinator) {
    return (await session.get(`/api/persons/${person.id}`).expect(200)).body;
  }

  it('keeps an uploaded PNG byte for byte, lists it and serves it back with its name', async () => {
    const res = await upload(
      coordinator,
      { personId: person.id },
      PNG,
      'arrest photo.png',
      'image/png',
    ).expect(201);
    expect(res.body).toMatchObject({
      fileName: 'arrest photo.png',
      mimeType: 'image/png',
      sizeBytes: PNG.length,
      sha256: sha256(PNG),
      personId: person.id,
      sourceId: null,
      caseUpdateId: null,
      confidentiality: 'internal',
      createdBy: { id: coordinator.userId },
      deletedAt: null,
    });
    expect(res.body).not.toHaveProperty('storageKey');
    expect(JSON.stringify(res.body)).not.toContain(
      (await t.prisma.attachment.findUniqueOrThrow({ where: { id: res.body.id } })).storageKey,
    );

    const list = (await viewer.get(`/api/persons/${person.id}/attachments`).expect(200)).body.items;
    expect(list.map((a: { id: string }) => a.id)).toContain(res.body.id);

    const download = await binary(viewer.get(`/api/attachments/${res.body.id}/download`)).expect(200);
    expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);
    expect(sha256(download.body as Buffer)).toBe(res.body.sha256);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="arrest photo.png"; filename*=UTF-8''arrest%20photo.png`,
    );

    // One file in the store, none left in its temporary area.
    const files = storedFiles(t.filesDir);
    expect(files.filter((f) => path.relative(t.filesDir, f).startsWith(`tmp${path.sep}`))).toEqual([]);
    expect(files).toHaveLength(1);
  });

  it('keeps a name in any script and serves text as UTF-8', async () => {
    const letter = Buffer.from('Письмо из колонии: всё хорошо.\n', 'utf8');
    const res = await upload(coordinator, { personId: person.id }, letter, 'Письмо.txt', 'text/plain').expect(
      201,
    );
    expect(res.body).toMatchObject({ fileName: 'Письмо.txt', mimeType: 'text/plain' });
    const download = await binary(coordinator.get(`/api/attachments/${res.body.id}/download`)).expect(200);
    expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Письмо.txt')}`,
    );
    expect((download.body as Buffer).toString('utf8')).toBe(letter.toString('utf8'));
  });

  it('refuses content that is not what it claims, and keeps nothing of it', async () => {
    const rowsBefore = await t.prisma.attachment.count();
    const filesBefore = storedFiles(t.filesDir).length;
    const res = await upload(
      coordinator,
      { personId: person.id },
      Buffer.from('MZ this is really a program'),
      'photo.png',
      'image/png',
    ).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.issues).toEqual([
      expect.objectContaining({ path: 'body.file', code: 'file_type_not_allowed' }),
    ]);
    expect(await t.prisma.attachment.count()).toBe(rowsBefore);
    expect(storedFiles(t.filesDir)).toHaveLength(filesBefore);
  });

  it('refuses a file above the limit with 413, and keeps nothing of it', async () => {
    const rowsBefore = await t.prisma.attachment.count();
    const filesBefore = storedFiles(t.filesDir).length;
    const big = Buffer.concat([PNG, Buffer.alloc(60 * 1024, 7)]);
    const res = await upload(coordinator, { personId: person.id }, big, 'huge.png', 'image/png').expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.details.issues[0]).toMatchObject({ path: 'body.file', code: 'file_too_large' });
    expect(await t.prisma.attachment.count()).toBe(rowsBefore);
    expect(storedFiles(t.filesDir)).toHaveLength(filesBefore);
  });

  it('needs a multipart body with a file and exactly one owner', async () => {
    const filesBefore = storedFiles(t.filesDir).length;
    const json = await coordinator.post('/api/attachments', { personId: person.id }).expect(400);
    expect(json.body.details.issues[0]).toMatchObject({ path: 'body.file', code: 'file_required' });

    const noFile = await coordinator.post('/api/attachments').field('personId', person.id).expect(400);
    expect(noFile.body.details.issues[0]).toMatchObject({ path: 'body.file', code: 'file_required' });

    const source = (
      await coordinator.post('/api/sources', { kind: 'court_document', title: 'Report' }).expect(201)
    ).body;
    const twoOwners = await upload(
      coordinator,
      { personId: person.id, sourceId: source.id },
      PNG,
      'a.png',
      'image/png',
    ).expect(400);
    expect(twoOwners.body.details.issues[0].path).toBe('body.sourceId');
    const noOwner = await upload(coordinator, {}, PNG, 'a.png', 'image/png').expect(400);
    expect(noOwner.body.details.issues[0].path).toBe('body.personId');
    await upload(coordinator, { personId: crypto.randomUUID() }, PNG, 'a.png', 'image/png').expect(404);
    expect(storedFiles(t.filesDir)).toHaveLength(filesBefore);
  });

  it('lets only those who may change the owner add files to it', async () => {
    const filesBefore = storedFiles(t.filesDir).length;
    await upload(viewer, { personId: person.id }, PNG, 'a.png', 'image/png').expect(403);
    // The researcher is not assigned to any case of this person, and did not create them.
    const res = await upload(researcher, { personId: person.id }, PNG, 'a.png', 'image/png').expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(storedFiles(t.filesDir)).toHaveLength(filesBefore);
    // Their own person is theirs to document.
    const own = (await researcher.post('/api/persons', { displayName: 'Own person' }).expect(201)).body;
    await upload(researcher, { personId: own.id }, PNG, 'a.png', 'image/png').expect(201);
  });

  it('hides a restricted file from readers below restricted (list, download, photo)', async () => {
    const secret = (
      await upload(
        coordinator,
        { personId: person.id, confidentiality: 'restricted' },
        PNG,
        'witness face.png',
        'image/png',
      ).expect(201)
    ).body;
    for (const reader of [viewer, researcher]) {
      const list = (await reader.get(`/api/persons/${person.id}/attachments`).expect(200)).body.items;
      expect(list.map((a: { id: string }) => a.id)).not.toContain(secret.id);
      await reader.get(`/api/attachments/${secret.id}`).expect(404);
      await reader.get(`/api/attachments/${secret.id}/download`).expect(404);
    }

    const before = await currentPerson();
    const after = (
      await coordinator
        .put(`/api/persons/${person.id}/photo`, { attachmentId: secret.id, version: before.version })
        .expect(200)
    ).body;
    expect(after.photoAttachmentId).toBe(secret.id);
    expect(after.version).toBe(before.version + 1);
    expect((await currentPerson(viewer)).photoAttachmentId).toBeNull();
    expect(JSON.stringify((await viewer.get(`/api/persons/${person.id}`).expect(200)).body)).not.toContain(
      secret.id,
    );
  });

  it('sets and clears the photo: only an image of the same person, at the version read', async () => {
    const photo = (await upload(coordinator, { personId: person.id }, PNG, 'p.png', 'image/png').expect(201))
      .body;
    const text = (
      await upload(coordinator, { personId: person.id }, Buffer.from('hello'), 'a.txt', 'text/plain').expect(
        201,
      )
    ).body;
    const other = (await coordinator.post('/api/persons', { displayName: 'Someone else' }).expect(201)).body;
    const elsewhere = (
      await upload(coordinator, { personId: other.id }, PNG, 'o.png', 'image/png').expect(201)
    ).body;

    let current = await currentPerson();
    const notImage = await coordinator
      .put(`/api/persons/${person.id}/photo`, { attachmentId: text.id, version: current.version })
      .expect(400);
    expect(notImage.body.details.issues[0]).toMatchObject({
      path: 'body.attachmentId',
      message: 'is not an image',
    });
    await coordinator
      .put(`/api/persons/${person.id}/photo`, { attachmentId: elsewhere.id, version: current.version })
      .expect(400);
    await coordinator
      .put(`/api/persons/${person.id}/photo`, { attachmentId: photo.id, version: current.version - 1 })
      .expect(409);
    await viewer
      .put(`/api/persons/${person.id}/photo`, { attachmentId: photo.id, version: current.version })
      .expect(403);

    const set = (
      await coordinator
        .put(`/api/persons/${person.id}/photo`, { attachmentId: photo.id, version: current.version })
        .expect(200)
    ).body;
    expect(set.photoAttachmentId).toBe(photo.id);
    expect((await currentPerson(viewer)).photoAttachmentId).toBe(photo.id);

    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'Person', entityId: person.id, action: 'update' },
      orderBy: { id: 'desc' },
    });
    expect(audit.after).toMatchObject({ photoAttachmentId: photo.id });

    current = await currentPerson();
    const cleared = (
      await coordinator
        .put(`/api/persons/${person.id}/photo`, { attachmentId: null, version: current.version })
        .expect(200)
    ).body;
    expect(cleared.photoAttachmentId).toBeNull();
  });

  it('deletes and restores a file, audited each time', async () => {
    const file = (await upload(coordinator, { personId: person.id }, PNG, 'd.png', 'image/png').expect(201))
      .body;
    await coordinator.delete(`/api/attachments/${file.id}?version=${file.version}`).expect(204);
    const list = (await coordinator.get(`/api/persons/${person.id}/attachments`).expect(200)).body.items;
    expect(list.map((a: { id: string }) => a.id)).not.toContain(file.id);
    await coordinator.get(`/api/attachments/${file.id}/download`).expect(404);
    const withDeleted = (
      await coordinator.get(`/api/persons/${person.id}/attachments?includeDeleted=true`).expect(200)
    ).body.items;
    expect(withDeleted.find((a: { id: string }) => a.id === file.id)?.deletedAt).not.toBeNull();
    await viewer.get(`/api/attachments/${file.id}`).expect(404);

    const restored = (
      await coordinator.post(`/api/attachments/${file.id}/restore`, { version: file.version + 1 }).expect(200)
    ).body;
    expect(restored.deletedAt).toBeNull();
    await binary(coordinator.get(`/api/attachments/${file.id}/download`)).expect(200);

    const entries = await t.prisma.auditEntry.findMany({
      where: { entityType: 'Attachment', entityId: file.id },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((e) => e.action)).toEqual(['create', 'delete', 'restore']);
    expect(entries[0]!.after).toMatchObject({ fileName: 'd.png', sha256: sha256(PNG) });
    expect(JSON.stringify(entries[0]!.after)).not.toContain('storageKey');
  });

  it('attaches files to sources and case updates too', async () => {
    const source = (
      await coordinator.post('/api/sources', { kind: 'court_document', title: 'Verdict' }).expect(201)
    ).body;
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
    const file = (
      await upload(coordinator, { sourceId: source.id }, pdf, 'verdict.pdf', 'application/pdf').expect(201)
    ).body;
    expect(file).toMatchObject({ sourceId: source.id, mimeType: 'application/pdf' });
    const list = (await viewer.get(`/api/sources/${source.id}/attachments`).expect(200)).body.items;
    expect(list.map((a: { id: string }) => a.id)).toEqual([file.id]);

    const update = (
      await coordinator
        .post('/api/case-updates', {
          personId: person.id,
          kind: 'health',
          factOn: { value: '2012-01-01', precision: 'day' },
          body: 'Visited by a lawyer',
        })
        .expect(201)
    ).body;
    const onUpdate = (
      await upload(coordinator, { caseUpdateId: update.id }, PNG, 'visit.png', 'image/png').expect(201)
    ).body;
    const updateFiles = (await viewer.get(`/api/case-updates/${update.id}/attachments`).expect(200)).body
      .items;
    expect(updateFiles.map((a: { id: string }) => a.id)).toEqual([onUpdate.id]);

    // A restricted source hides its files with it.
    const hidden = (
      await coordinator
        .post('/api/sources', { kind: 'interview', title: 'Secret', confidentiality: 'restricted' })
        .expect(201)
    ).body;
    const hiddenFile = (
      await upload(coordinator, { sourceId: hidden.id }, PNG, 'x.png', 'image/png').expect(201)
    ).body;
    expect(hiddenFile.confidentiality).toBe('restricted');
    // Asking for less than the record's level still gives the record's level.
    const raised = (
      await upload(
        coordinator,
        { sourceId: hidden.id, confidentiality: 'public' },
        PNG,
        'y.png',
        'image/png',
      ).expect(201)
    ).body;
    expect(raised.confidentiality).toBe('restricted');
    await viewer.get(`/api/sources/${hidden.id}/attachments`).expect(404);
    await viewer.get(`/api/attachments/${hiddenFile.id}/download`).expect(404);
  });
});
