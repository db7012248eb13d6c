/**
 * Loading the demo case file (Zhanaozen) from the first start and the CLI.
 * The loader itself lives in modules/demo-data; this decides when and with whom.
 */
import type { PrismaClient } from '@habeas/db';
import type { Config } from '../config/config.schema';
import type { DatabaseInfo } from '../database/database-info';
import {
  clearDomainData,
  hasDomainData,
  loadDemoData,
  NoDemoAuthorError,
} from '../modules/demo-data/load-demo-data';
import { demoResearcherId } from './accounts';

/**
 * The first-start rule: an empty case file gets the demo data on the embedded
 * database (a local trial) or when HABEAS_SEED_DEMO=true; HABEAS_SEED_DEMO=false
 * always prevents it.
 */
export function wantsDemoData(config: Config, database: DatabaseInfo): boolean {
  if (config.HABEAS_SEED_DEMO === false) return false;
  return database.embedded || config.HABEAS_SEED_DEMO === true;
}

/** Loads the demo data into an empty case file. Returns false (and says why) when it did not. */
export async function seedDemoData(prisma: PrismaClient, say: (line: string) => void): Promise<boolean> {
  if (await hasDomainData(prisma)) {
    say('The database already holds case data: the demo data set was not loaded.');
    return false;
  }
  try {
    // The system loads it (actor null); the researcher gets the Kozlov case to show assignments.
    const summary = await loadDemoData(prisma, {
      actorId: null,
      assignResearcherId: await demoResearcherId(prisma),
    });
    say(
      `Loaded the demo case file (Zhanaozen): ${summary.persons} persons, ${summary.cases} cases, ` +
        `${summary.caseUpdates} case updates, ${summary.sources} sources.`,
    );
    return true;
  } catch (error) {
    if (error instanceof NoDemoAuthorError) {
      say('The demo data needs a user account to author its case updates: create an administrator first.');
      return false;
    }
    throw error;
  }
}

/** Wipes every case record (users and the audit trail stay) and loads the demo data again. */
export async function resetDemoData(prisma: PrismaClient, say: (line: string) => void): Promise<void> {
  const deleted = await clearDomainData(prisma, { actorId: null });
  const rows = Object.values(deleted).reduce((sum, n) => sum + n, 0);
  say(`Cleared the case file (${rows} rows).`);
  await seedDemoData(prisma, say);
}
