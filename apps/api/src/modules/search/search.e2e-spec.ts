import { searchKey } from '@habeas/shared';
import { createUser, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { loadDemoData } from '../demo-data/load-demo-data';

interface Hit {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  snippet: string;
  score: number;
  parent: { type: string; id: string; title: string } | null;
}

describe('search API (GET /api/search) on the Zhanaozen demo case file', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let researcher: UserSession;
  let viewer: UserSession;
  /** Ids of the demo records the queries must find. */
  const ids: Record<string, string[]> = {};
  let canaryId: string;

  const search = async (who: UserSession, q: string, extra = ''): Promise<Hit[]> => {
    const res = await who.get(`/api/search?q=${encodeURIComponent(q)}${extra}`).expect(200);
    return res.body.items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createUser(t, 'admin');
    await loadDemoData(t.prisma, { actorId: admin.id });
    [coordinator, researcher, viewer] = await Promise.all([
      loginAs(t, 'coordinator'),
      loginAs(t, 'researcher'),
      loginAs(t, 'viewer'),
    ]);
    const person = async (displayName: string) =>
      (await t.prisma.person.findFirstOrThrow({ where: { displayName } })).id;
    ids.kozlov = [await person('Vladimir Kozlov')];
    ids.sapargali = [await person('Serik Sapargali')];
    ids.aminov = [await person('Akzhanat Aminov')];
    ids.zhanaozenEvents = (
      await t.prisma.event.findMany({ where: { names: { some: { value: 'Janaozen' } } } })
    ).map((e) => e.id);
    ids.aqtau = [
      ...(await t.prisma.event.findMany({ where: { names: { some: { value: 'Aqtau' } } } })).map((e) => e.id),
      ...(
        await t.prisma.organisation.findMany({ where: { names: { some: { value: { contains: 'Aqtau' } } } } })
      ).map((o) => o.id),
    ];
    ids.algha = [(await t.prisma.organisation.findFirstOrThrow({ where: { name: 'Algha!' } })).id];
    ids.article164 = (await t.prisma.legalProvision.findMany({ where: { article: '164' } })).map((p) => p.id);
    expect(ids.zhanaozenEvents.length).toBeGreaterThan(0);
    expect(ids.aqtau.length).toBeGreaterThan(0);
    expect(ids.article164.length).toBeGreaterThan(0);

    // The canary: a restricted person, with a restricted-person update and a detention period.
    const canary = await t.prisma.person.create({
      data: {
        displayName: 'Canaryperson Restrictedova',
        confidentiality: 'restricted',
        healthNotes: 'Zzyzxhealth condition',
        address: 'Zzyzxaddress street 1',
        searchKey: searchKey(['Canaryperson Restrictedova', 'Канарейкина Рестриктедова']),
        names: { create: [{ value: 'Канарейкина Рестриктедова', script: 'cyrl' }] },
      },
    });
    canaryId = canary.id;
    await t.prisma.caseUpdate.create({
      data: {
        personId: canary.id,
        factOn: new Date('2013-05-01T00:00:00Z'),
        factOnPrecision: 'month',
        kind: 'statement',
        title: 'Canaryperson statement',
        body: 'Canaryperson Restrictedova said something only coordinators may read.',
        authorId: admin.id,
        confidentiality: 'internal',
      },
    });
  });
  afterAll(() => t.close());

  // The record each query must find among its first three results.
  it.each([
    ['Kozlov', 'kozlov'],
    ['Козлов', 'kozlov'],
    ['kozlov vladimir', 'kozlov'],
    ['vladimir kozlov', 'kozlov'],
    ['Козлов Владимир', 'kozlov'],
    ['Kozlof', 'kozlov'], // typo: trigram similarity
    ['Sapargaly', 'sapargali'],
    ['Saparagli', 'sapargali'], // two letters swapped: edit distance
    ['Kozolv', 'kozlov'], // two letters swapped in a short name
    ['Козолв', 'kozlov'],
    ['Сапаргали', 'sapargali'],
    ['Aminov', 'aminov'],
    ['Janaozen', 'zhanaozenEvents'],
    ['Жанаозен', 'zhanaozenEvents'],
    ['Zhanaozen', 'zhanaozenEvents'],
    ['Жаңаөзен', 'zhanaozenEvents'],
    ['Aqtau', 'aqtau'],
    ['Актау', 'aqtau'],
    ['Algha', 'algha'],
    ['Алға', 'algha'],
    ['164', 'article164'],
    ['ст. 164', 'article164'],
    ['art 164', 'article164'],
  ])('%p finds the expected record in its top three (%s)', async (q, key) => {
    const hits = await search(viewer, q);
    const top = hits.slice(0, 3).map((h) => h.id);
    expect(top.some((id) => ids[key]?.includes(id))).toBe(true);
  });

  it('ranks an exact name above prefixes and fuzzy matches, and scores tiers apart', async () => {
    const hits = await search(viewer, 'Kozlov', '&types=person');
    expect(hits[0]).toMatchObject({ id: ids.kozlov?.[0], type: 'person', title: 'Vladimir Kozlov' });
    expect(hits[0]?.score).toBeGreaterThanOrEqual(1);
    const prefix = await search(viewer, 'Kozl', '&types=person');
    expect(prefix[0]?.id).toBe(ids.kozlov?.[0]);
    expect(prefix[0]?.score).toBeGreaterThanOrEqual(0.75);
    expect(prefix[0]?.score).toBeLessThan(1);
    const fuzzy = await search(viewer, 'Kozlof', '&types=person');
    expect(fuzzy[0]?.id).toBe(ids.kozlov?.[0]);
    expect(fuzzy[0]?.score).toBeLessThan(0.75);
  });

  it('shows the matched name variant in its original script, marked', async () => {
    const [cyr] = await search(viewer, 'Козлов', '&types=person');
    expect(cyr?.snippet).toBe('Владимир <mark>Козлов</mark>');
    const [lat] = await search(viewer, 'kozlov vladimir', '&types=person');
    expect(lat?.snippet).toBe('<mark>Vladimir</mark> <mark>Kozlov</mark>');
    const [kk] = await search(viewer, 'Жаңаөзен', '&types=event');
    expect(kk?.snippet).toContain('<mark>Жаңаөзен</mark>');
    const [article] = await search(viewer, 'ст. 164', '&types=provision');
    expect(article?.snippet).toMatch(/^Art\. <mark>164<\/mark>, part 3: Возбуждение/);
  });

  it('finds case updates by their text, with an escaped excerpt and the person they belong to', async () => {
    const hits = await search(viewer, 'Kozlov', '&types=update');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.type).toBe('update');
      expect(hit.snippet).toMatch(/<mark>Kozlov/i);
      expect(hit.score).toBeLessThan(1);
    }
    expect(hits.some((h) => h.parent?.id === ids.kozlov?.[0])).toBe(true);
    // A Cyrillic query finds the English text too (transliterated).
    expect((await search(viewer, 'Козлов', '&types=update')).length).toBeGreaterThan(0);
  });

  it('restricts results to the requested types', async () => {
    const hits = await search(viewer, '164', '&types=provision,case');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.type))).toEqual(new Set(['provision']));
  });

  it('never matches the restricted canary for a viewer or a researcher, but does for a coordinator', async () => {
    for (const who of [viewer, researcher]) {
      for (const q of [
        'Canaryperson',
        'Canaryperson Restrictedova',
        'Рестриктедова',
        'canaryperson restrictedova',
      ]) {
        const hits = await search(who, q);
        expect(hits.map((h) => h.id)).not.toContain(canaryId);
        // Nor the update about the canary (its person is restricted).
        expect(hits.filter((h) => h.type === 'update')).toEqual([]);
      }
    }
    const hits = await search(coordinator, 'Canaryperson');
    expect(hits[0]).toMatchObject({ id: canaryId, type: 'person' });
    expect(hits.some((h) => h.type === 'update' && h.parent?.id === canaryId)).toBe(true);
  });

  it('never matches on sensitive fields (health notes, address), whatever the role', async () => {
    for (const who of [viewer, coordinator]) {
      expect(await search(who, 'Zzyzxhealth')).toEqual([]);
      expect(await search(who, 'Zzyzxaddress')).toEqual([]);
    }
  });

  it('does not find deleted records', async () => {
    const gone = await t.prisma.person.create({
      data: {
        displayName: 'Deletedperson Gonova',
        confidentiality: 'public',
        searchKey: searchKey(['Deletedperson Gonova']),
        deletedAt: new Date(),
      },
    });
    expect((await search(coordinator, 'Deletedperson')).map((h) => h.id)).not.toContain(gone.id);
  });

  it('escapes HTML in titles shown as snippets', async () => {
    await t.prisma.organisation.create({
      data: {
        name: '<img src=x onerror=alert(1)> Xsstestorg',
        type: 'other',
        confidentiality: 'public',
        searchKey: searchKey(['<img src=x onerror=alert(1)> Xsstestorg']),
      },
    });
    const [hit] = await search(viewer, 'Xsstestorg');
    expect(hit?.snippet).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>Xsstestorg</mark>');
  });

  it('rejects an empty, blank, symbol-only or too long query and unknown parameters with 400', async () => {
    const bad = async (query: string, path: string) => {
      const res = await viewer.get(`/api/search?${query}`).expect(400);
      expect(res.body.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    };
    await bad('q=', 'query.q');
    await bad('q=%20%20', 'query.q');
    await bad('', 'query.q');
    await bad(`q=${'a'.repeat(201)}`, 'query.q');
    await bad('q=%E2%80%94%2C', 'query.q'); // "—," has nothing to search for
    await bad('q=kozlov&types=spaceship', 'query.types.0');
    await bad('q=kozlov&limit=500', 'query.limit');
    await bad('q=kozlov&sort=name', 'query.sort');
    await viewer.get(`/api/search?q=${'a'.repeat(200)}`).expect(200);
  });

  it('needs a login', async () => {
    await t.http().get('/api/search?q=kozlov').expect(401);
  });
});
