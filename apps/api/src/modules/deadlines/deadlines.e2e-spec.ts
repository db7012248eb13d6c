import { addDays, toIsoDateUtc } from '@habeas/shared';
import { loginAs, type UserSession } from '../../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** Cases, appeals and hearings are created directly in the database: this file tests deadlines only. */
describe('deadlines API and calendar feed', () => {
  let t: TestApp;
  let coordinator: UserSession;
  let viewer: UserSession;
  const today = toIsoDateUtc(new Date());
  const day = (offset: number) => new Date(`${addDays(today, offset)}T00:00:00.000Z`);
  const seeded: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    [coordinator, viewer] = await Promise.all([loginAs(t, 'coordinator'), loginAs(t, 'viewer')]);

    const kozlov = await t.prisma.person.create({
      data: { displayName: 'Владимир Козлов', confidentiality: 'public' },
    });
    const aminov = await t.prisma.person.create({ data: { displayName: 'Akzhanat Aminov' } });
    const openCase = await t.prisma.legalCase.create({
      data: { title: 'Дело Козлова, Аминова и Сапаргали', caseNumber: '1-120/2012' },
    });
    await t.prisma.caseParticipant.createMany({
      data: [
        { caseId: openCase.id, personId: kozlov.id, role: 'defendant' },
        { caseId: openCase.id, personId: aminov.id, role: 'defendant' },
      ],
    });
    const sealedCase = await t.prisma.legalCase.create({
      data: { title: 'Sealed case', confidentiality: 'restricted' },
    });
    const appeal = (
      key: string,
      data: { deadline: Date; status?: 'planned' | 'filed' | 'pending' | 'rejected' },
      extra = {},
    ) =>
      t.prisma.appeal
        .create({ data: { caseId: openCase.id, personId: kozlov.id, level: 'cassation', ...data, ...extra } })
        .then((a) => {
          seeded[key] = a.id;
        });
    await appeal('soon', { deadline: day(3), status: 'planned' });
    await appeal('later', { deadline: day(20), status: 'filed' });
    await appeal('overdue', { deadline: day(-2), status: 'planned' });
    await appeal('filedPast', { deadline: day(-5), status: 'filed' });
    await appeal('decided', { deadline: day(1), status: 'rejected' });
    await appeal(
      'sealed',
      { deadline: day(4), status: 'pending' },
      { caseId: sealedCase.id, personId: null },
    );
    await appeal('deleted', { deadline: day(2), status: 'planned' }, { deletedAt: new Date() });
    const hearing = (key: string, data: object) =>
      t.prisma.hearing.create({ data: { caseId: openCase.id, kind: 'trial_session', ...data } }).then((h) => {
        seeded[key] = h.id;
      });
    await hearing('scheduled', { scheduledAt: new Date(`${addDays(today, 5)}T04:30:00.000Z`) });
    await hearing('heldOnDay', { heldOn: day(7), heldOnPrecision: 'day', kind: 'verdict' });
    await hearing('heldOnMonth', {
      heldOn: new Date(`${addDays(today, 7).slice(0, 8)}01T00:00:00.000Z`),
      heldOnPrecision: 'month',
    });
    await hearing('farAway', { scheduledAt: day(40) });
  });
  afterAll(() => t.close());

  const keyOf = (id: string) => Object.entries(seeded).find(([, v]) => v === id)?.[0];

  it('lists appeal deadlines and hearings of the next N days with days left, and overdue appeals', async () => {
    const res = await coordinator.get('/api/deadlines?days=14&includeOverdue=true').expect(200);
    expect(res.body.today).toBe(today);
    const items = res.body.items as { id: string; daysLeft: number; overdue: boolean; kind: string }[];
    expect(items.map((i) => keyOf(i.id))).toEqual(['overdue', 'soon', 'sealed', 'scheduled', 'heldOnDay']);
    const soon = items[1] as Record<string, unknown>;
    expect(soon).toMatchObject({
      kind: 'appeal_deadline',
      date: addDays(today, 3),
      daysLeft: 3,
      overdue: false,
      label: 'Appeal deadline (cassation)',
      case: { title: 'Дело Козлова, Аминова и Сапаргали', caseNumber: '1-120/2012' },
      persons: [{ displayName: 'Владимир Козлов' }],
      appeal: { level: 'cassation', status: 'planned' },
      hearing: null,
    });
    expect(items[0]).toMatchObject({ daysLeft: -2, overdue: true });
    expect(items[3]).toMatchObject({
      kind: 'hearing',
      daysLeft: 5,
      scheduledAt: `${addDays(today, 5)}T04:30:00.000Z`,
    });
    // A hearing names the case's defendants (both were added in the same instant: order is not part of the contract).
    const hearingPersons = (items[3] as unknown as { persons: { displayName: string }[] }).persons;
    expect(hearingPersons.map((p) => p.displayName).sort()).toEqual(['Akzhanat Aminov', 'Владимир Козлов']);

    const noOverdue = await coordinator.get('/api/deadlines?days=14&includeOverdue=false').expect(200);
    expect(noOverdue.body.items.map((i: { id: string }) => keyOf(i.id))).not.toContain('overdue');
    const month = await coordinator.get('/api/deadlines?days=30').expect(200);
    expect(month.body.items.map((i: { id: string }) => keyOf(i.id))).toContain('later');
  });

  it('shows a viewer only what they may see', async () => {
    const res = await viewer.get('/api/deadlines?days=14').expect(200);
    expect(res.body.items.map((i: { id: string }) => keyOf(i.id))).toEqual([
      'overdue',
      'soon',
      'scheduled',
      'heldOnDay',
    ]);
  });

  it('rejects a bad window with 400', async () => {
    const res = await viewer.get('/api/deadlines?days=-1&includeOverdue=maybe').expect(400);
    expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['query.days', 'query.includeOverdue']),
    );
    await viewer.get('/api/deadlines?days=10000').expect(400);
  });

  it('serves each user a calendar feed with only what they may see, in valid iCalendar', async () => {
    const created = await viewer.post('/api/deadlines/calendar-token').expect(201);
    const url: string = created.body.url;
    expect(url).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.slice('/api/calendar/'.length, -'.ics'.length);
    // Only a hash is stored, and the audit entry records the change without the secret.
    const user = await t.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } });
    expect(user.calendarToken).toBeTruthy();
    expect(user.calendarToken).not.toBe(token);
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'User', entityId: viewer.userId, action: 'update' },
    });
    expect(audit.details).toEqual({ calendarFeed: 'created' });
    expect(JSON.stringify([audit.before, audit.after, audit.details])).not.toContain(token);

    // No cookie: the token alone authenticates.
    const feed = await t.http().get(url).expect(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = feed.text;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const text = ics.replace(/\r\n[ \t]/g, ''); // unfold
    expect(text).toContain('\r\nVERSION:2.0\r\n');
    expect(text).toContain('\r\nPRODID:');
    expect(text).toContain('\r\nCALSCALE:GREGORIAN\r\n');

    const uids = [...text.matchAll(/\r\nUID:(\w+)-([0-9a-f-]+)@habeas\r\n/g)].map((m) => keyOf(m[2]!));
    // A year ahead and a month back: also the filed appeal of 5 days ago and the hearing in 40 days.
    expect(uids.sort()).toEqual(
      ['farAway', 'filedPast', 'heldOnDay', 'later', 'overdue', 'scheduled', 'soon'].sort(),
    );
    expect(text.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(uids.length);
    expect(text).not.toContain(seeded.sealed);
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${addDays(today, 3).replace(/-/g, '')}\r\n`);
    // Cyrillic stays UTF-8; commas in TEXT are escaped.
    expect(text).toContain(
      'SUMMARY:Appeal deadline (cassation): Владимир Козлов (Дело Козлова\\, Аминова и Сапаргали)',
    );
    expect(text).toContain('SUMMARY:OVERDUE: Appeal deadline (cassation)');

    // A coordinator's feed includes the restricted case's appeal.
    const coordinatorUrl = (await coordinator.post('/api/deadlines/calendar-token').expect(201)).body.url;
    const coordinatorFeed = await t.http().get(coordinatorUrl).expect(200);
    expect(coordinatorFeed.text).toContain(seeded.sealed);
  });

  it('answers 404 for an unknown token, and for the old one after a rotation or a revocation', async () => {
    await t
      .http()
      .get(`/api/calendar/${'x'.repeat(43)}.ics`)
      .expect(404);
    await t.http().get('/api/calendar/%00%3Cscript%3E.ics').expect(404);
    const first = (await viewer.post('/api/deadlines/calendar-token').expect(201)).body.url;
    const second = (await viewer.post('/api/deadlines/calendar-token').expect(201)).body.url;
    expect(second).not.toBe(first);
    await t.http().get(first).expect(404);
    await t.http().get(second).expect(200);
    await viewer.delete('/api/deadlines/calendar-token').expect(204);
    await t.http().get(second).expect(404);
    // A deactivated user's feed stops at once.
    const third = (await viewer.post('/api/deadlines/calendar-token').expect(201)).body.url;
    await t.prisma.user.update({ where: { id: viewer.userId }, data: { active: false } });
    await t.http().get(third).expect(404);
  });
});
