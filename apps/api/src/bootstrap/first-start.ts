import { createPrismaClient, type PrismaClient } from '@habeas/db';
import type { Config } from '../config/config.schema';
import type { DatabaseInfo } from '../database/database-info';
import { createDemoAccounts, createOrResetAdmin, credentialsBox } from './accounts';
import { seedDemoData, wantsDemoData } from './demo-data';

/**
 * What happens at start before the app listens:
 * 1. An empty users table gets its first account(s):
 *    - HABEAS_ADMIN_EMAIL / HABEAS_ADMIN_PASSWORD set: that administrator;
 *    - else, on the embedded database outside production (a local trial): a demo admin
 *      and one demo account per role, with generated passwords printed once in a box;
 *    - else nobody (no default password, ever): the log says how to create the admin.
 * 2. An empty case file gets the demo data when wantsDemoData() says so.
 */
export async function runFirstStart(
  config: Config,
  database: DatabaseInfo,
  say: (line: string) => void,
): Promise<void> {
  const prisma = createPrismaClient(database.url);
  try {
    await ensureFirstAccounts(prisma, config, database, say);
    if (wantsDemoData(config, database)) await seedDemoData(prisma, say);
  } finally {
    await prisma.$disconnect();
  }
}

async function ensureFirstAccounts(
  prisma: PrismaClient,
  config: Config,
  database: DatabaseInfo,
  say: (line: string) => void,
): Promise<void> {
  if ((await prisma.user.count()) > 0) return;
  if (config.HABEAS_ADMIN_EMAIL && config.HABEAS_ADMIN_PASSWORD) {
    await createOrResetAdmin(
      prisma,
      { email: config.HABEAS_ADMIN_EMAIL, password: config.HABEAS_ADMIN_PASSWORD },
      'first-start',
    );
    say(`Created the administrator ${config.HABEAS_ADMIN_EMAIL.toLowerCase()} (from HABEAS_ADMIN_EMAIL).`);
    return;
  }
  if ((database.embedded || config.HABEAS_DEMO_PASSWORD) && config.NODE_ENV !== 'production') {
    const issued = await createDemoAccounts(prisma, config.HABEAS_DEMO_PASSWORD);
    const box = credentialsBox('Demo accounts: these passwords are shown ONCE, write them down', issued, [
      'Change them after logging in, or create real accounts as the admin.',
      'Lost them? npm run admin:create -- --email admin@habeas.local',
    ]);
    for (const line of box) say(line);
    return;
  }
  for (const line of [
    'No user account exists yet, and no administrator is configured.',
    'Create the first administrator (a password is generated and printed when --password is left out):',
    '  npm run admin:create -- --email you@example.org --name "Your Name"',
    'or set HABEAS_ADMIN_EMAIL and HABEAS_ADMIN_PASSWORD and start again.',
  ]) {
    say(line);
  }
}
