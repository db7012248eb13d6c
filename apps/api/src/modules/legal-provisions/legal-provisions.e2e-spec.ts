import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

const CODE = 'Criminal Code of the Republic of Kazakhstan (1997)';

describe('legal provisions API', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;

  beforeAll(async () => {
    t = await createTestApp();
    [coordinator, researcher, viewer] = await Promise.all([
      loginAs(t, 'coordinator'),
      loginAs(t, 'researcher'),
      loginAs(t, 'viewer'),
    ]);
  });
  afterAll(() => t.close());

  const incitement = {
    code: CODE,
    article: '164',
    part: '3',
    titleEn: 'Incitement of social, national, tribal, racial or religious discord',
    titleRu: 'Возбуждение социальной, национальной, родовой, расовой или религиозной розни',
    titleKk: 'Әлеуметтік, ұлттық, рулық, нәсілдік немесе діни алауыздықты қоздыру',
    category: 'incitement',
  };

  it('creates a provision with its label, audits it, and finds it by article, title in any script or code', async () => {
    const res = await coordinator.post('/api/legal-provisions', incitement).expect(201);
    expect(res.body).toMatchObject({
      article: '164',
      part: '3',
      category: 'incitement',
      confidentiality: 'public',
      version: 1,
      label: 'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
    });
    const audit = await t.prisma.auditEntry.findFirst({
      where: { entityType: 'LegalProvision', entityId: res.body.id, action: 'create' },
    });
    expect(audit?.actorId).toBe(coordinator.userId);

    await coordinator
      .post('/api/legal-provisions', {
        code: CODE,
        article: '241',
        titleRu: 'Массовые беспорядки',
        category: 'mass_riots',
      })
      .expect(201);

    for (const q of ['164', 'art. 164', 'розни', 'rozni', 'discord', 'алауыздык', 'criminal code 164']) {
      const found = await viewer.get(`/api/legal-provisions?q=${encodeURIComponent(q)}`).expect(200);
      expect(found.body.items.map((p: { article: string }) => p.article)).toEqual(['164']);
      expect(found.body.total).toBe(1);
    }
    const riots = await viewer
      .get(`/api/legal-provisions?q=${encodeURIComponent('massovye besporiadki')}`)
      .expect(200);
    expect(riots.body.items.map((p: { label: string }) => p.label)).toEqual([`${CODE}, art. 241`]);

    const byCategory = await viewer.get('/api/legal-provisions?category=mass_riots').expect(200);
    expect(byCategory.body.items.map((p: { article: string }) => p.article)).toEqual(['241']);
    const all = await viewer.get('/api/legal-provisions?q=criminal&pageSize=1&page=2').expect(200);
    expect(all.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(all.body.items).toHaveLength(1);
  });

  it('refuses a second entry for the same code, article and part (409)', async () => {
    const res = await coordinator.post('/api/legal-provisions', incitement).expect(409);
    expect(res.body.code).toBe('ALREADY_EXISTS');
  });

  it('rejects bad input with 400 naming each field and writes nothing', async () => {
    const before = await t.prisma.legalProvision.count();
    const res = await coordinator
      .post('/api/legal-provisions', { code: '', article: 'x'.repeat(500), category: 'treason', extra: 1 })
      .expect(400);
    const paths = res.body.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.code', 'body.article', 'body.category', 'body.extra']),
    );
    expect(await t.prisma.legalProvision.count()).toBe(before);
  });

  it('lets a researcher add to the catalogue but only coordinators change it', async () => {
    const created = (
      await researcher
        .post('/api/legal-provisions', {
          code: CODE,
          article: '170',
          part: '2',
          category: 'calls_to_overthrow',
        })
        .expect(201)
    ).body;
    await researcher
      .patch(`/api/legal-provisions/${created.id}`, { version: 1, titleEn: 'Calls' })
      .expect(403);
    await viewer.post('/api/legal-provisions', { code: CODE, article: '1' }).expect(403);
    const updated = await coordinator
      .patch(`/api/legal-provisions/${created.id}`, {
        version: 1,
        titleEn: 'Calls for the violent overthrow',
        titleRu: '',
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      version: 2,
      titleEn: 'Calls for the violent overthrow',
      titleRu: null,
    });
    const audit = await t.prisma.auditEntry.findFirst({
      where: { entityType: 'LegalProvision', entityId: created.id, action: 'update' },
    });
    expect(audit?.before).toMatchObject({ titleEn: null, version: 1 });
    expect(audit?.after).toMatchObject({ titleEn: 'Calls for the violent overthrow', version: 2 });
  });

  it('gives one success and one 409 with the current record for two edits of the same version', async () => {
    const created = (
      await coordinator.post('/api/legal-provisions', { code: CODE, article: '175' }).expect(201)
    ).body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/legal-provisions/${created.id}`, { version: 1, category: 'looting' }),
      coordinator.patch(`/api/legal-provisions/${created.id}`, { version: 1, category: 'use_of_force' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body.details.current.version).toBe(2);
  });

  it('soft-deletes and restores a provision', async () => {
    const created = (
      await coordinator.post('/api/legal-provisions', { code: CODE, article: '308' }).expect(201)
    ).body;
    await coordinator.delete(`/api/legal-provisions/${created.id}?version=1`).expect(204);
    const list = await coordinator.get('/api/legal-provisions?q=308').expect(200);
    expect(list.body.total).toBe(0);
    const withDeleted = await coordinator.get('/api/legal-provisions?q=308&includeDeleted=true').expect(200);
    expect(withDeleted.body.total).toBe(1);
    await viewer.get(`/api/legal-provisions/${created.id}`).expect(200);
    const restored = await coordinator
      .post(`/api/legal-provisions/${created.id}/restore`, { version: 2 })
      .expect(200);
    expect(restored.body).toMatchObject({ deletedAt: null, version: 3 });
    const actions = await t.prisma.auditEntry.findMany({
      where: { entityId: created.id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });
});
