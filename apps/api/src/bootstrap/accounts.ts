/**
 * Accounts created outside the HTTP API: the first administrator (first start,
 * `npm run admin:create`) and the demo accounts of a local trial. Each creation is
 * audited like any other (actor: the system), without the password.
 */
import type { PrismaClient } from '@habeas/db';
import type { Role } from '@habeas/shared';
import { AuditService } from '../modules/audit/audit.service';
import { generatePassword, hashPassword, passwordProblem } from '../modules/auth/passwords';
import { toUser } from '../modules/users/user.mapper';
import { StartupError } from './prepare-database';

export interface IssuedCredentials {
  role: Role;
  email: string;
  password: string;
}

/** The demo accounts of a local trial, one per role (the admin first). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; email: string; name: string }> = [
  { role: 'admin', email: 'admin@habeas.local', name: 'Demo Administrator' },
  { role: 'coordinator', email: 'coordinator@habeas.local', name: 'Demo Coordinator' },
  { role: 'researcher', email: 'researcher@habeas.local', name: 'Demo Researcher' },
  { role: 'viewer', email: 'viewer@habeas.local', name: 'Demo Viewer' },
];

/**
 * Creates an administrator, or makes an existing account of that email an active
 * administrator with the new password (a forgotten admin password on any deployment).
 * Its sessions end; a lock from failed logins is lifted.
 */
export async function createOrResetAdmin(
  prisma: PrismaClient,
  input: { email: string; password: string; name?: string },
  source: string,
): Promise<{ created: boolean; userId: string }> {
  const email = input.email.trim().toLowerCase();
  const problem = passwordProblem(input.password, email);
  if (problem) throw new StartupError(`The password for ${email} ${problem}.`);
  const passwordHash = await hashPassword(input.password);
  const audit = new AuditService(prisma);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (!existing) {
      const user = await tx.user.create({
        data: { email, name: input.name ?? 'Administrator', role: 'admin', passwordHash },
      });
      await audit.record(tx, null, {
        action: 'create',
        entityType: 'User',
        entityId: user.id,
        after: toUser(user),
        details: { source },
      });
      return { created: true, userId: user.id };
    }
    const user = await tx.user.update({
      where: { id: existing.id },
      data: {
        role: 'admin',
        active: true,
        deletedAt: null,
        passwordHash,
        failedLoginCount: 0,
        lockedUntil: null,
        ...(input.name ? { name: input.name } : {}),
        version: { increment: 1 },
      },
    });
    await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await audit.record(tx, null, {
      action: 'update',
      entityType: 'User',
      entityId: user.id,
      before: toUser(existing),
      after: toUser(user),
      details: { source, passwordReset: true },
    });
    return { created: false, userId: user.id };
  });
}

/** Creates the demo accounts with generated passwords, returned once for printing. */
export async function createDemoAccounts(
  prisma: PrismaClient,
  knownPassword?: string,
): Promise<IssuedCredentials[]> {
  const issued: IssuedCredentials[] = [];
  const audit = new AuditService(prisma);
  for (const account of DEMO_ACCOUNTS) {
    const password = knownPassword ?? generatePassword();
    const passwordHash = await hashPassword(password);
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: account.email, name: account.name, role: account.role, passwordHash },
      });
      await audit.record(tx, null, {
        action: 'create',
        entityType: 'User',
        entityId: user.id,
        after: toUser(user),
        details: { source: 'first-start', demo: true },
      });
    });
    issued.push({ role: account.role, email: account.email, password });
  }
  return issued;
}

/** The researcher the demo data assigns to the Kozlov case: the demo one, else the first active one. */
export async function demoResearcherId(prisma: PrismaClient): Promise<string | null> {
  const demo = await prisma.user.findUnique({ where: { email: 'researcher@habeas.local' } });
  if (demo?.active && !demo.deletedAt) return demo.id;
  const first = await prisma.user.findFirst({
    where: { role: 'researcher', active: true, deletedAt: null },
    orderBy: { createdAt: 'asc' },
  });
  return first?.id ?? null;
}

/** A framed block for the console: credentials must stand out from the start-up log, once. */
export function credentialsBox(title: string, rows: IssuedCredentials[], footer: string[]): string[] {
  const lines = [
    title,
    '',
    ...rows.map((r) => `${r.role.padEnd(12)} ${r.email.padEnd(28)} ${r.password}`),
    ...(footer.length ? ['', ...footer] : []),
  ];
  const width = Math.max(...lines.map((l) => l.length));
  return [
    `╔═${'═'.repeat(width)}═╗`,
    ...lines.map((l) => `║ ${l.padEnd(width)} ║`),
    `╚═${'═'.repeat(width)}═╝`,
  ];
}
