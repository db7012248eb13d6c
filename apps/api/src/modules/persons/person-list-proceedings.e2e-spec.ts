import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * The persons-list filters that look into proceedings: provision category, verdict and release
 * date ranges (imprecise dates overlap), sentence length in force, pending appeals. The same
 * filters on the persons export must pick the same people.
 */
const dbDay = (value: string) => new Date(`${value}T00:00:00.000Z`);

describe('persons list: filters on charges, sentences and appeals', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let viewer: UserSession;
  const ids: Record<'d' | 'e' | 'f', string> = { d: '', e: '', f: '' };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await loginAs(t, 'coordinator');
    viewer = await loginAs(t, 'viewer');
    const person = async (displayName: string) =>
      (await coordinator.post('/api/persons', { displayName }).expect(201)).body.id as string;
    ids.d = await person('Sentenced Ddd');
    ids.e = await person('Sentenced Eee');
    ids.f = await person('Sentenced Fff');
    const { d, e, f } = ids;

    const db = t.prisma;
    const caseOne = await db.legalCase.create({ data: { title: 'Proceedings case one' } });
    const jointCase = await db.legalCase.create({ data: { title: 'Proceedings joint case' } });
    const extremism = await db.legalProvision.create({
      data: { code: 'Test code', article: '174', category: 'extremism' },
    });
    const other = await db.legalProvision.create({ data: { code: 'Test code', article: '999' } });
    await db.charge.createMany({
      data: [
        { caseId: caseOne.id, personId: d, provisionId: extremism.id },
        { caseId: caseOne.id, personId: f, provisionId: other.id },
      ],
    });
    await db.caseParticipant.create({ data: { caseId: jointCase.id, personId: e, role: 'defendant' } });

    const sentence = (data: object) =>
      db.sentence.create({ data: { caseId: caseOne.id, kind: 'imprisonment', ...data } as never });
    // d: verdict known only as "2012", 7 years 6 months (90 months).
    await sentence({
      personId: d,
      verdictOn: dbDay('2012-01-01'),
      verdictOnPrecision: 'year',
      termYears: 7,
      termMonths: 6,
    });
    // e: probation 3 years, verdict 2012-06-04, released March 2013; a fine (no term); a restricted 20 years.
    await sentence({
      personId: e,
      kind: 'probation',
      verdictOn: dbDay('2012-06-04'),
      verdictOnPrecision: 'day',
      termYears: 3,
      actualReleaseOn: dbDay('2013-03-01'),
      actualReleaseOnPrecision: 'month',
    });
    await sentence({ personId: e, kind: 'fine', fineAmount: 1000, fineCurrency: 'KZT' });
    await sentence({ personId: e, termYears: 20, confidentiality: 'restricted' });
    // f: 5 years in June 2012, reduced on appeal to 4 years on 2012-09-10; released from a 2010 arrest.
    const first = await sentence({
      personId: f,
      verdictOn: dbDay('2012-06-01'),
      verdictOnPrecision: 'month',
      termYears: 5,
    });
    await sentence({
      personId: f,
      verdictOn: dbDay('2012-09-10'),
      verdictOnPrecision: 'day',
      termYears: 4,
      supersedesId: first.id,
    });
    await db.detentionPeriod.create({
      data: {
        personId: f,
        kind: 'administrative_arrest',
        startedOn: dbDay('2010-03-01'),
        startedOnPrecision: 'day',
        endedOn: dbDay('2010-03-15'),
        endedOnPrecision: 'day',
      },
    });
    // Appeals: d's own is filed; e's case has a joint pending appeal; f's own was rejected.
    await db.appeal.createMany({
      data: [
        { caseId: caseOne.id, personId: d, level: 'appeal', status: 'filed' },
        { caseId: jointCase.id, personId: null, level: 'cassation', status: 'pending' },
        { caseId: caseOne.id, personId: f, level: 'appeal', status: 'rejected' },
      ],
    });
  });
  afterAll(() => t.close());

  const list = async (query: string, as: UserSession = viewer) => {
    const res = await as.get(`/api/persons?q=sentenced&${query}`).expect(200);
    const found = new Set(res.body.items.map((p: { id: string }) => p.id));
    return (['d', 'e', 'f'] as const).filter((k) => found.has(ids[k]));
  };

  it('filters by the category of a charged provision', async () => {
    expect(await list('provisionCategory=extremism')).toEqual(['d']);
    expect(await list('provisionCategory=other')).toEqual(['f']);
    await viewer.get('/api/persons?provisionCategory=treason').expect(400);
  });

  it('filters by verdict date, counting an imprecise verdict whose period overlaps the range', async () => {
    expect(await list('verdictFrom=2012-06&verdictTo=2012-06')).toEqual(['d', 'e', 'f']);
    expect(await list('verdictFrom=2012-07-01')).toEqual(['d', 'f']);
    expect(await list('verdictFrom=2012-06-05&verdictTo=2012-06-30')).toEqual(['d', 'f']);
    expect(await list('verdictTo=2011')).toEqual([]);
  });

  it('filters by release from detention or from a sentence', async () => {
    expect(await list('releasedFrom=2010-03&releasedTo=2010-03')).toEqual(['f']);
    expect(await list('releasedFrom=2013-03-20')).toEqual(['e']);
    expect(await list('releasedTo=2009')).toEqual([]);
  });

  it('filters by the term of the sentence in force, ignoring fines, superseded and unseen sentences', async () => {
    expect(await list('sentenceMinMonths=48')).toEqual(['d', 'f']);
    expect(await list('sentenceMaxMonths=40')).toEqual(['e']);
    expect(await list('sentenceMinMonths=49&sentenceMaxMonths=60')).toEqual([]);
    expect(await list('sentenceMinMonths=90&sentenceMaxMonths=90')).toEqual(['d']);
    // Only a coordinator may see e's restricted 20-year sentence, so only they find e by it.
    expect(await list('sentenceMinMonths=200')).toEqual([]);
    expect(await list('sentenceMinMonths=200', coordinator)).toEqual(['e']);
  });

  it("filters by a pending appeal: the person's own or a joint one in their case", async () => {
    expect(await list('hasPendingAppeal=true')).toEqual(['d', 'e']);
    expect(await list('hasPendingAppeal=false')).toEqual(['f']);
  });

  it('shows on each list item the sentence in force and the release it leads to', async () => {
    const res = await viewer.get('/api/persons?q=sentenced&sort=displayName').expect(200);
    const item = (id: string) => res.body.items.find((p: { id: string }) => p.id === id).sentence;
    expect(item(ids.d)).toEqual({
      kind: 'imprisonment',
      term: { years: 7, months: 6, days: 0 },
      verdictOn: { value: '2012-01-01', precision: 'year' },
      releaseOn: null, // no start recorded: no expected end
      released: false,
    });
    // e: the probation (latest verdict) with its recorded release; the viewer never sees the restricted term.
    expect(item(ids.e)).toMatchObject({
      kind: 'probation',
      releaseOn: { value: '2013-03-01', precision: 'month' },
      released: true,
    });
    // f: the 4 years that replaced the 5 on appeal.
    expect(item(ids.f)).toMatchObject({
      term: { years: 4, months: 0, days: 0 },
      verdictOn: { value: '2012-09-10', precision: 'day' },
    });
  });

  it('combines filters with the text query', async () => {
    expect(await list('hasPendingAppeal=true&sentenceMinMonths=48&verdictFrom=2012')).toEqual(['d']);
  });

  it('answers 400 naming the field for inverted or malformed ranges', async () => {
    const bad = async (query: string, field: string) => {
      const res = await viewer.get(`/api/persons?${query}`).expect(400);
      expect(JSON.stringify(res.body)).toContain(field);
    };
    await bad('sentenceMinMonths=60&sentenceMaxMonths=12', 'sentenceMaxMonths');
    await bad('sentenceMinMonths=abc', 'sentenceMinMonths');
    await bad('verdictFrom=2013&verdictTo=2012', 'verdictTo');
    await bad('releasedFrom=2012-13', 'releasedFrom');
    await bad('hasPendingAppeal=maybe', 'hasPendingAppeal');
  });

  it('exports the same people for the same filters', async () => {
    const exported = async (query: string) => {
      const res = await coordinator
        .get(`/api/exports/persons?format=csv&columns=id&q=sentenced&${query}`)
        .expect(200);
      const found = new Set(
        res.text
          .split(/\r?\n/)
          .slice(1)
          .map((line) => line.replace(/"/g, '').trim()),
      );
      return (['d', 'e', 'f'] as const).filter((k) => found.has(ids[k]));
    };
    for (const query of [
      'verdictFrom=2012-06-05&verdictTo=2012-06-30',
      'verdictTo=2012-06-30',
      'releasedFrom=2010-03&releasedTo=2010-03',
      'sentenceMinMonths=48',
      'sentenceMaxMonths=40',
      'hasPendingAppeal=true',
      'hasPendingAppeal=false',
      'category=extremism',
    ]) {
      const listQuery = query.replace('category=', 'provisionCategory=');
      expect({ query, ids: await exported(query) }).toEqual({
        query,
        ids: await list(listQuery, coordinator),
      });
    }
  });
});
