import { addDays, searchKey, toIsoDateUtc } from '@habeas/shared';
import { createUser, login, loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

const CODE = 'Criminal Code of the Republic of Kazakhstan (1997)';
const day = (value: string) => ({ value, precision: 'day' as const });

describe('proceedings API: charges, hearings, sentences, appeals', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let viewer: UserSession;
  let today: string;
  let kozlovId: string;
  let courtId: string;
  let provisionId: string;
  let caseId: string;

  const person = async (displayName: string, confidentiality: 'internal' | 'restricted' = 'internal') =>
    (
      await t.prisma.person.create({
        data: { displayName, searchKey: searchKey([displayName]), confidentiality },
      })
    ).id;

  /** A fresh case with Kozlov as its defendant, for tests that need their own. */
  const newCase = async (title: string) => {
    const created = (
      await coordinator.post('/api/cases', { title, country: 'KZ', stage: 'trial' }).expect(201)
    ).body;
    await coordinator
      .post(`/api/cases/${created.id}/participants`, { personId: kozlovId, role: 'defendant' })
      .expect(201);
    return created.id as string;
  };

  const counts = async () => ({
    charges: await t.prisma.charge.count(),
    hearings: await t.prisma.hearing.count(),
    sentences: await t.prisma.sentence.count(),
    appeals: await t.prisma.appeal.count(),
    cases: await t.prisma.legalCase.count(),
    audit: await t.prisma.auditEntry.count({ where: { action: { in: ['create', 'update', 'delete'] } } }),
  });

  const issuePaths = (body: { details?: { issues?: { path: string }[] } }) =>
    (body.details?.issues ?? []).map((i) => i.path);

  beforeAll(async () => {
    t = await createTestApp();
    [coordinator, viewer] = await Promise.all([loginAs(t, 'coordinator'), loginAs(t, 'viewer')]);
    today = toIsoDateUtc(new Date());
    kozlovId = await person('Vladimir Kozlov');
    courtId = (
      await coordinator
        .post('/api/organisations', {
          name: 'Aktau City Court',
          type: 'court',
          country: 'KZ',
          region: 'Mangystau',
        })
        .expect(201)
    ).body.id;
    provisionId = (
      await coordinator
        .post('/api/legal-provisions', {
          code: CODE,
          article: '164',
          part: '3',
          titleEn: 'Incitement of social discord',
          category: 'incitement',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  describe('a Kozlov-like case end to end', () => {
    let sentenceId: string;
    let appealId: string;
    const inFuture = new Date(Date.now() + 30 * 24 * 3600_000).toISOString();

    it('creates the case, adds the defendant and his lawyer', async () => {
      const created = await coordinator
        .post('/api/cases', {
          caseNumber: '1-2012-0047',
          title: 'Kozlov, Aminov and Sapargali (incitement)',
          country: 'KZ',
          region: 'Mangystau',
          courtId,
          stage: 'trial',
          openedOn: { value: '2012-01-01', precision: 'month' },
        })
        .expect(201);
      caseId = created.body.id;
      expect(created.body).toMatchObject({
        stage: 'trial',
        court: { id: courtId, name: 'Aktau City Court' },
      });
      await coordinator
        .post(`/api/cases/${caseId}/participants`, { personId: kozlovId, role: 'defendant' })
        .expect(201);
      const lawyerId = await person('Vadim Kuramshin');
      await coordinator
        .post(`/api/cases/${caseId}/participants`, { personId: lawyerId, role: 'lawyer' })
        .expect(201);
    });

    it('charges him under art. 164, records the hearings, the sentence and an appeal', async () => {
      const charge = await coordinator
        .post(`/api/cases/${caseId}/charges`, {
          personId: kozlovId,
          legalProvisionId: provisionId,
          filedOn: day('2012-01-23'),
          status: 'convicted',
          notes: 'Indictment of 23 January 2012',
        })
        .expect(201);
      expect(charge.body).toMatchObject({
        status: 'convicted',
        person: { id: kozlovId, displayName: 'Vladimir Kozlov' },
        provision: { label: `${CODE}, art. 164 part 3` },
        filedOn: day('2012-01-23'),
      });

      await coordinator
        .post(`/api/cases/${caseId}/hearings`, { courtId, kind: 'trial_session', scheduledAt: inFuture })
        .expect(201);
      const held = await coordinator
        .post(`/api/cases/${caseId}/hearings`, {
          courtId,
          kind: 'trial_session',
          heldOn: day('2012-08-16'),
          isPublic: true,
          observersPresent: true,
          judgeName: 'R. Ergaliev',
        })
        .expect(201);
      expect(held.body).toMatchObject({ court: { name: 'Aktau City Court' }, heldOn: day('2012-08-16') });

      const sentence = await coordinator
        .post(`/api/cases/${caseId}/sentences`, {
          personId: kozlovId,
          verdictOn: day('2012-10-08'),
          courtId,
          kind: 'imprisonment',
          termYears: 7,
          termMonths: 6,
          termDays: 0,
          regime: 'strict',
          startedOn: day('2012-01-01'),
        })
        .expect(201);
      sentenceId = sentence.body.id;
      expect(sentence.body).toMatchObject({ termYears: 7, termMonths: 6, expectedEndOn: day('2019-07-01') });

      const appeal = await coordinator
        .post(`/api/cases/${caseId}/appeals`, {
          level: 'appeal',
          status: 'planned',
          sentenceId,
          personId: kozlovId,
          bodyName: 'Mangystau Regional Court',
          deadline: addDays(today, 10),
        })
        .expect(201);
      appealId = appeal.body.id;
      expect(appeal.body).toMatchObject({
        daysUntilDeadline: 10,
        overdue: false,
        deadline: addDays(today, 10),
      });

      await t.prisma.caseUpdate.create({
        data: {
          caseId,
          personId: kozlovId,
          factOn: new Date('2012-10-08T00:00:00Z'),
          factOnPrecision: 'day',
          kind: 'verdict',
          title: 'Verdict',
          body: 'Sentenced to 7 years 6 months in a strict-regime colony.',
          authorId: coordinator.userId,
        },
      });
    });

    it('shows everything on the case page with the derived values', async () => {
      const { body } = await viewer.get(`/api/cases/${caseId}`).expect(200);
      expect(body).toMatchObject({
        caseNumber: '1-2012-0047',
        court: { id: courtId, name: 'Aktau City Court' },
        openedOn: { value: '2012-01-01', precision: 'month' },
        defendants: [{ id: kozlovId, displayName: 'Vladimir Kozlov' }],
      });
      expect(
        body.participantsByRole.defendant.map(
          (p: { person: { displayName: string } }) => p.person.displayName,
        ),
      ).toEqual(['Vladimir Kozlov']);
      expect(
        body.participantsByRole.lawyer.map((p: { person: { displayName: string } }) => p.person.displayName),
      ).toEqual(['Vadim Kuramshin']);
      expect(body.participantsByRole.witness).toEqual([]);
      expect(body.chargesByDefendant).toHaveLength(1);
      expect(body.chargesByDefendant[0].person.displayName).toBe('Vladimir Kozlov');
      expect(
        body.chargesByDefendant[0].charges.map((c: { provision: { label: string } }) => c.provision.label),
      ).toEqual([`${CODE}, art. 164 part 3`]);
      // Chronological: the hearing held in 2012 first, the scheduled one after it.
      expect(
        body.hearings.map((h: { heldOn: unknown; scheduledAt: string | null }) => h.scheduledAt),
      ).toEqual([null, inFuture]);
      expect(body.nextHearing).toMatchObject({ scheduledAt: inFuture });
      expect(body.sentences).toEqual([
        expect.objectContaining({ id: sentenceId, expectedEndOn: day('2019-07-01'), actualReleaseOn: null }),
      ]);
      expect(body.appeals).toEqual([
        expect.objectContaining({
          id: appealId,
          daysUntilDeadline: 10,
          overdue: false,
          person: { id: kozlovId, displayName: 'Vladimir Kozlov' },
        }),
      ]);
      expect(body.latestUpdates).toEqual([
        expect.objectContaining({
          kind: 'verdict',
          factOn: day('2012-10-08'),
          author: { id: coordinator.userId, name: 'Test coordinator' },
        }),
      ]);
    });

    it('derives no expected end without a start, and an overdue appeal once its deadline has passed', async () => {
      const noStart = await coordinator
        .patch(`/api/sentences/${sentenceId}`, { version: 1, startedOn: null })
        .expect(200);
      expect(noStart.body).toMatchObject({ version: 2, startedOn: null, expectedEndOn: null });
      const late = await coordinator
        .patch(`/api/appeals/${appealId}`, { version: 1, deadline: addDays(today, -3) })
        .expect(200);
      expect(late.body).toMatchObject({ daysUntilDeadline: -3, overdue: true });
      const filed = await coordinator
        .patch(`/api/appeals/${appealId}`, { version: 2, status: 'filed', filedOn: day(addDays(today, -4)) })
        .expect(200);
      expect(filed.body).toMatchObject({ daysUntilDeadline: -3, overdue: false });
    });

    it('records every change in the audit trail with the actor, before and after', async () => {
      const entries = await t.prisma.auditEntry.findMany({
        where: { actorId: coordinator.userId, action: { in: ['create', 'update'] } },
        orderBy: { id: 'asc' },
      });
      const kinds = entries.map((e) => `${e.action} ${e.entityType}`);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'create LegalCase',
          'create CaseParticipant',
          'create Charge',
          'create Hearing',
          'create Sentence',
          'create Appeal',
          'update Sentence',
          'update Appeal',
        ]),
      );
      const sentenceUpdate = entries.find((e) => e.entityType === 'Sentence' && e.action === 'update');
      expect(sentenceUpdate?.before).toMatchObject({
        startedOn: day('2012-01-01'),
        expectedEndOn: day('2019-07-01'),
      });
      expect(sentenceUpdate?.after).toMatchObject({ startedOn: null, expectedEndOn: null });
    });
  });

  describe('hostile bodies', () => {
    let hostileCaseId: string;
    let sentenceId: string;

    beforeAll(async () => {
      hostileCaseId = await newCase('Hostile input case');
      sentenceId = (
        await coordinator
          .post(`/api/cases/${hostileCaseId}/sentences`, {
            personId: kozlovId,
            verdictOn: day('2012-10-08'),
            kind: 'imprisonment',
            termYears: 5,
            startedOn: day('2012-01-23'),
          })
          .expect(201)
      ).body.id;
    });

    const expect400 = async (
      request: () => Promise<{ status: number; body: { details?: { issues?: { path: string }[] } } }>,
      field: string,
    ) => {
      const before = await counts();
      const res = await request();
      expect(res.status).toBe(400);
      expect(issuePaths(res.body)).toContain(field);
      expect(await counts()).toEqual(before);
    };

    it('refuses an appeal deadline before the verdict it appeals', async () => {
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/appeals`, {
            level: 'appeal',
            sentenceId,
            deadline: '2012-10-01',
          }),
        'body.deadline',
      );
    });

    it('refuses a negative term, and an imprisonment without any term', async () => {
      const base = { personId: kozlovId, kind: 'imprisonment', termYears: 2 };
      await expect400(
        () => coordinator.post(`/api/cases/${hostileCaseId}/sentences`, { ...base, termMonths: -1 }),
        'body.termMonths',
      );
      await expect400(
        () => coordinator.post(`/api/cases/${hostileCaseId}/sentences`, { ...base, termYears: 0 }),
        'body.termYears',
      );
      await expect400(
        () => coordinator.patch(`/api/sentences/${sentenceId}`, { version: 1, termYears: 0 }),
        'body.termYears',
      );
    });

    it('refuses a release before the start, a decision before the filing, a verdict after an appeal deadline', async () => {
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/sentences`, {
            personId: kozlovId,
            kind: 'imprisonment',
            termYears: 1,
            startedOn: day('2012-01-23'),
            actualReleaseOn: { value: '2011-12-01', precision: 'month' },
          }),
        'body.actualReleaseOn',
      );
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/appeals`, {
            level: 'cassation',
            filedOn: day('2013-02-01'),
            decisionOn: day('2013-01-15'),
          }),
        'body.decisionOn',
      );
      await coordinator
        .post(`/api/cases/${hostileCaseId}/appeals`, { level: 'appeal', sentenceId, deadline: '2012-10-23' })
        .expect(201);
      await expect400(
        () => coordinator.patch(`/api/sentences/${sentenceId}`, { version: 1, verdictOn: day('2012-11-01') }),
        'body.verdictOn',
      );
    });

    it('refuses unknown fields, huge strings and impossible dates', async () => {
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/charges`, {
            personId: kozlovId,
            legalProvisionId: provisionId,
            isAdmin: true,
          }),
        'body.isAdmin',
      );
      await expect400(() => coordinator.post('/api/cases', { title: 'x'.repeat(100_000) }), 'body.title');
      await expect400(
        () => coordinator.patch(`/api/cases/${hostileCaseId}`, { version: 1, title: 'x'.repeat(100_000) }),
        'body.title',
      );
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/hearings`, {
            kind: 'verdict',
            heldOn: { value: '2012-02-30', precision: 'day' },
          }),
        'body.heldOn.value',
      );
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/appeals`, {
            level: 'appeal',
            deadline: '2012-13-01',
          }),
        'body.deadline',
      );
    });

    it('refuses charges for someone who is not a defendant, under a provision that does not exist', async () => {
      const stranger = await person('Someone Else');
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/charges`, {
            personId: stranger,
            legalProvisionId: provisionId,
          }),
        'body.personId',
      );
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/charges`, {
            personId: kozlovId,
            legalProvisionId: '00000000-0000-4000-8000-000000000000',
          }),
        'body.legalProvisionId',
      );
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/sentences`, {
            personId: stranger,
            kind: 'fine',
            fineAmount: 100,
          }),
        'body.personId',
      );
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/appeals`, { level: 'un_wgad', personId: stranger }),
        'body.personId',
      );
      await expect400(
        () =>
          coordinator.post(`/api/cases/${hostileCaseId}/hearings`, {
            kind: 'preliminary',
            courtId: kozlovId,
          }),
        'body.courtId',
      );
    });
  });

  it('gives one success and one 409 with the current record for two edits of the same version', async () => {
    const ownCase = await newCase('Concurrent edits case');
    const hearing = (
      await coordinator.post(`/api/cases/${ownCase}/hearings`, { kind: 'preliminary' }).expect(201)
    ).body;
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/hearings/${hearing.id}`, { version: 1, outcome: 'Adjourned' }),
      coordinator.patch(`/api/hearings/${hearing.id}`, { version: 1, outcome: 'Postponed' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: { version: 2 } } });
    expect(await t.prisma.auditEntry.count({ where: { entityId: hearing.id, action: 'update' } })).toBe(1);
  });

  it('soft-deletes and restores a charge, hiding it from the case page meanwhile', async () => {
    const ownCase = await newCase('Soft delete case');
    const charge = (
      await coordinator
        .post(`/api/cases/${ownCase}/charges`, { personId: kozlovId, legalProvisionId: provisionId })
        .expect(201)
    ).body;
    await coordinator.delete(`/api/charges/${charge.id}?version=1`).expect(204);
    expect(
      (await coordinator.get(`/api/cases/${ownCase}`).expect(200)).body.chargesByDefendant[0].charges,
    ).toEqual([]);
    await coordinator.patch(`/api/charges/${charge.id}`, { version: 2, status: 'dropped' }).expect(404);
    const restored = await coordinator.post(`/api/charges/${charge.id}/restore`, { version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ deletedAt: null, version: 3 });
    expect(
      (await coordinator.get(`/api/cases/${ownCase}`).expect(200)).body.chargesByDefendant[0].charges,
    ).toHaveLength(1);
    expect(await t.prisma.charge.count({ where: { id: charge.id } })).toBe(1);
    const actions = await t.prisma.auditEntry.findMany({
      where: { entityId: charge.id },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });

  it('leaves a restricted charge out of a viewer’s case page and refuses to let them touch it', async () => {
    const ownCase = await newCase('Restricted charge case');
    await coordinator
      .post(`/api/cases/${ownCase}/charges`, { personId: kozlovId, legalProvisionId: provisionId })
      .expect(201);
    const secret = (
      await coordinator
        .post(`/api/cases/${ownCase}/charges`, {
          personId: kozlovId,
          legalProvisionId: provisionId,
          notes: 'Based on a protected witness',
          confidentiality: 'restricted',
        })
        .expect(201)
    ).body;
    const asViewer = (await viewer.get(`/api/cases/${ownCase}`).expect(200)).body;
    expect(asViewer.chargesByDefendant[0].charges).toHaveLength(1);
    expect(JSON.stringify(asViewer)).not.toContain(secret.id);
    expect(JSON.stringify(asViewer)).not.toContain('protected witness');
    const asCoordinator = (await coordinator.get(`/api/cases/${ownCase}`).expect(200)).body;
    expect(asCoordinator.chargesByDefendant[0].charges).toHaveLength(2);
    await viewer.patch(`/api/charges/${secret.id}`, { version: 1, status: 'dropped' }).expect(403);
    // A researcher may edit charges, but not one they may not see: it does not exist for them.
    const researcher = await loginAs(t, 'researcher');
    await researcher.patch(`/api/charges/${secret.id}`, { version: 1, status: 'dropped' }).expect(404);
  });

  it('lets a researcher change the proceedings of an assigned case only', async () => {
    const researcherUser = await createUser(t, 'researcher');
    const researcher = await login(t, researcherUser.email);
    const ownCase = await newCase('Researcher access case');
    const before = await counts();
    await researcher
      .post(`/api/cases/${ownCase}/charges`, { personId: kozlovId, legalProvisionId: provisionId })
      .expect(403);
    expect(await counts()).toEqual(before);
    await coordinator.put(`/api/cases/${ownCase}/assignments`, { userIds: [researcherUser.id] }).expect(200);
    const charge = await researcher
      .post(`/api/cases/${ownCase}/charges`, { personId: kozlovId, legalProvisionId: provisionId })
      .expect(201);
    await researcher.patch(`/api/charges/${charge.body.id}`, { version: 1, status: 'convicted' }).expect(200);
    await coordinator.put(`/api/cases/${ownCase}/assignments`, { userIds: [] }).expect(200);
    await researcher.patch(`/api/charges/${charge.body.id}`, { version: 2, status: 'dropped' }).expect(403);
  });

  describe('the appeals list', () => {
    let listCaseId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      listCaseId = await newCase('Appeals list case');
      const add = async (key: string, body: object) => {
        ids[key] = (await coordinator.post(`/api/cases/${listCaseId}/appeals`, body).expect(201)).body.id;
      };
      await add('missed', {
        level: 'appeal',
        status: 'planned',
        deadline: addDays(today, -1),
        personId: kozlovId,
      });
      await add('filedInTime', { level: 'cassation', status: 'filed', deadline: addDays(today, -5) });
      await add('upcoming', { level: 'un_wgad', status: 'planned', deadline: addDays(today, 20) });
      await add('noDeadline', { level: 'supervisory', status: 'pending' });
      await coordinator
        .post(`/api/cases/${listCaseId}/appeals`, {
          level: 'un_hrc',
          status: 'planned',
          deadline: addDays(today, -2),
          confidentiality: 'restricted',
        })
        .expect(201);
    });

    const listed = async (session: UserSession, query: string) =>
      (await session.get(`/api/appeals?caseId=${listCaseId}&${query}`).expect(200)).body;

    it('lists only the overdue appeals with overdue=true, with their case and derived values', async () => {
      const page = await listed(viewer, 'overdue=true');
      expect(page.items.map((a: { id: string }) => a.id)).toEqual([ids.missed]);
      expect(page.items[0]).toMatchObject({
        overdue: true,
        daysUntilDeadline: -1,
        case: { id: listCaseId, title: 'Appeals list case' },
        person: { displayName: 'Vladimir Kozlov' },
      });
      // The restricted overdue appeal is there for a coordinator only.
      expect((await listed(coordinator, 'overdue=true')).total).toBe(2);
    });

    it('lists the others with overdue=false, by deadline with the undated last, and filters by level and dates', async () => {
      const page = await listed(viewer, 'overdue=false');
      expect(page.items.map((a: { id: string }) => a.id)).toEqual([
        ids.filedInTime,
        ids.upcoming,
        ids.noDeadline,
      ]);
      expect((await listed(viewer, 'level=un_wgad')).items.map((a: { id: string }) => a.id)).toEqual([
        ids.upcoming,
      ]);
      const window = await listed(viewer, `deadlineFrom=${addDays(today, -3)}&deadlineTo=${today}`);
      expect(window.items.map((a: { id: string }) => a.id)).toEqual([ids.missed]);
      expect((await listed(viewer, 'status=filed')).total).toBe(1);
      await viewer.get('/api/appeals?overdue=maybe').expect(400);
    });
  });
});
