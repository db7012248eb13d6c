import { createPrismaClient, type PrismaClient, repoRoot } from '@habeas/db';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { loadConfig } from '../config/config.schema';
import { DatabaseInfo } from '../database/database-info';
import { verifyPassword } from '../modules/auth/passwords';
import { createOrResetAdmin } from './accounts';
import { runFirstStart } from './first-start';

describe(runFirstStart.name, () => {
  const opened: Array<{ db: TestDatabase; prisma: PrismaClient }> = [];
  afterAll(async () => {
    for (const { db, prisma } of opened) {
      await prisma.$disconnect();
      await db.drop();
    }
  });

  async function start(env: Record<string, string>, embedded: boolean) {
    const db = await createTestDatabase('first_start');
    const prisma = createPrismaClient(db.url, { max: 2 });
    opened.push({ db, prisma });
    const lines: string[] = [];
    const config = loadConfig({ LOG_LEVEL: 'silent', ...env }, repoRoot());
    const run = () => runFirstStart(config, new DatabaseInfo(db.url, embedded), (l) => lines.push(l));
    await run();
    return { prisma, lines, run };
  }

  it('on a local trial creates one demo account per role, prints their passwords once, and loads the demo data', async () => {
    const { prisma, lines, run } = await start({ NODE_ENV: 'development' }, true);
    const users = await prisma.user.findMany({ orderBy: { email: 'asc' } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ['admin@habeas.local', 'admin'],
      ['coordinator@habeas.local', 'coordinator'],
      ['researcher@habeas.local', 'researcher'],
      ['viewer@habeas.local', 'viewer'],
    ]);
    const box = lines.join('\n');
    expect(box).toMatch(/╔/);
    for (const user of users) {
      const row = lines.find((l) => l.includes(user.email))!;
      const password = row
        .replace(/[║\s]+$/, '')
        .split(/\s+/)
        .pop()!;
      expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    }
    expect(await prisma.person.count()).toBeGreaterThan(0);
    const researcher = users.find((u) => u.role === 'researcher')!;
    const assignment = await prisma.caseAssignment.findFirst({
      where: { userId: researcher.id },
      include: { legalCase: true },
    });
    expect(assignment?.legalCase.title).toMatch(/Kozlov/);

    // A second start changes nothing and prints no password.
    const printed = lines.length;
    await run();
    expect(await prisma.user.count()).toBe(4);
    expect(lines.slice(printed).join('\n')).not.toMatch(/╔/);
  });

  it('creates the configured administrator, and loads demo data only when asked', async () => {
    const { prisma, lines } = await start(
      {
        NODE_ENV: 'production',
        HABEAS_ADMIN_EMAIL: 'Head@NGO.example.org',
        HABEAS_ADMIN_PASSWORD: 'a strong administrator passphrase',
      },
      false,
    );
    const [admin] = await prisma.user.findMany();
    expect(admin).toMatchObject({ email: 'head@ngo.example.org', role: 'admin' });
    expect(await prisma.person.count()).toBe(0);
    expect(lines.join('\n')).not.toMatch(/passphrase/);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: admin!.id } });
    expect(JSON.stringify(audit.after)).not.toMatch(/passwordHash/);

    const asked = await start(
      {
        NODE_ENV: 'production',
        HABEAS_SEED_DEMO: 'true',
        HABEAS_ADMIN_EMAIL: 'head@ngo.example.org',
        HABEAS_ADMIN_PASSWORD: 'a strong administrator passphrase',
      },
      false,
    );
    expect(await asked.prisma.person.count()).toBeGreaterThan(0);
  });

  it('in production without a configured admin creates nobody and says how to', async () => {
    const { prisma, lines } = await start({ NODE_ENV: 'production' }, true);
    expect(await prisma.user.count()).toBe(0);
    expect(lines.join('\n')).toContain('npm run admin:create -- --email');
  });

  it('never loads demo data when HABEAS_SEED_DEMO=false', async () => {
    const { prisma } = await start({ NODE_ENV: 'development', HABEAS_SEED_DEMO: 'false' }, true);
    expect(await prisma.user.count()).toBe(4);
    expect(await prisma.person.count()).toBe(0);
  });
});

describe(createOrResetAdmin.name, () => {
  it('makes an existing account an active admin with a new password and ends its sessions', async () => {
    const db = await createTestDatabase('create_admin');
    const prisma = createPrismaClient(db.url, { max: 2 });
    try {
      const user = await prisma.user.create({
        data: {
          email: 'lost@ngo.example.org',
          name: 'Lost',
          role: 'viewer',
          active: false,
          passwordHash: 'x',
        },
      });
      await prisma.session.create({
        data: { id: 'h', userId: user.id, expiresAt: new Date(Date.now() + 3600_000), csrfToken: 'c' },
      });
      const result = await createOrResetAdmin(
        prisma,
        { email: 'LOST@ngo.example.org', password: 'a recovered passphrase' },
        'cli',
      );
      expect(result).toEqual({ created: false, userId: user.id });
      const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(after).toMatchObject({ role: 'admin', active: true });
      expect(await verifyPassword(after.passwordHash, 'a recovered passphrase')).toBe(true);
      expect((await prisma.session.findUniqueOrThrow({ where: { id: 'h' } })).revokedAt).not.toBeNull();
      await expect(
        createOrResetAdmin(prisma, { email: 'new@ngo.example.org', password: 'password1234' }, 'cli'),
      ).rejects.toThrow(/common/);
    } finally {
      await prisma.$disconnect();
      await db.drop();
    }
  });
});
