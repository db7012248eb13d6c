/**
 * Maintenance commands (`node apps/api/dist/cli.js <command>`), run through npm scripts:
 *   openapi [--out FILE]     write apps/api/openapi.json (the committed contract)
 *   create-admin --email X [--password Y] [--name Z]
 *                            create an administrator, or make that account an active admin
 *                            with a new password (any deployment; a password is generated
 *                            and printed when --password is left out: it stays out of the
 *                            shell history that way)
 *   seed                     load the demo data into an empty case file
 *   reset-demo [--force]     wipe the case file and load the demo data again (refused
 *                            in production unless --force)
 * Database commands prepare the database as `npm start` does (embedded PostgreSQL when
 * DATABASE_URL is unset, migrations applied) and stop it afterwards.
 */
import './openapi/nullable-types'; // first: fixes the OpenAPI metadata of every DTO defined after it
import 'reflect-metadata';
import 'dotenv/config';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, type PrismaClient, repoRoot } from '@habeas/db';
import { createOrResetAdmin, credentialsBox } from './bootstrap/accounts';
import { resetDemoData, seedDemoData } from './bootstrap/demo-data';
import { prepareDatabase, StartupError } from './bootstrap/prepare-database';
import { type Config, loadConfig } from './config/config.schema';
import { DatabaseInfo } from './database/database-info';
import { createHttpApp } from './http-app';
import { generatePassword } from './modules/auth/passwords';
import { buildOpenApiDocument } from './openapi/openapi';

const say = (line: string) => console.log(`[habeas] ${line}`);

async function writeOpenApi(): Promise<void> {
  const config = loadConfig(
    { ...process.env, DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused' },
    repoRoot(),
  );
  const app = await createHttpApp(config, new DatabaseInfo(config.DATABASE_URL!, false), { logger: false });
  await app.init();
  const document = buildOpenApiDocument(app);
  await app.close();
  // --out <file> writes elsewhere (the CI contract check compares a fresh copy with the committed one).
  const outIndex = process.argv.indexOf('--out');
  const file =
    outIndex > 0
      ? path.resolve(process.argv[outIndex + 1] ?? '')
      : path.join(repoRoot(), 'apps', 'api', 'openapi.json');
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !/^[^\s@]+@[^\s@]+$/.test(values.email)) {
    throw new StartupError(
      'Usage: npm run admin:create -- --email you@example.org [--name "Your Name"] [--password ...]',
    );
  }
  const password = values.password ?? generatePassword();
  await withDatabase(async (prisma) => {
    const { created } = await createOrResetAdmin(
      prisma,
      { email: values.email!, password, name: values.name },
      'cli',
    );
    const email = values.email!.toLowerCase();
    say(
      created
        ? `Created the administrator ${email}.`
        : `${email} is now an active administrator with a new password; its sessions were ended.`,
    );
    if (!values.password) {
      for (const line of credentialsBox(
        'Administrator password: shown ONCE, write it down',
        [{ role: 'admin', email, password }],
        [],
      )) {
        say(line);
      }
    }
  });
}

async function seed(): Promise<void> {
  await withDatabase((prisma) => seedDemoData(prisma, say).then(() => undefined));
}

async function resetDemo(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean' } }, strict: true });
  const config = cliConfig();
  if (config.NODE_ENV === 'production' && !values.force) {
    throw new StartupError(
      'reset-demo deletes every case record. NODE_ENV is production: add --force if you really mean it.',
    );
  }
  await withDatabase((prisma) => resetDemoData(prisma, say), config);
}

function cliConfig(): Config {
  return loadConfig(process.env, repoRoot());
}

/** Prepares the database as `npm start` does, runs `work`, and always stops what it started. */
async function withDatabase(
  work: (prisma: PrismaClient) => Promise<void>,
  config = cliConfig(),
): Promise<void> {
  const database = await prepareDatabase(config, say);
  const prisma = createPrismaClient(database.info.url, { max: 2 });
  try {
    await work(prisma);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  openapi: writeOpenApi,
  'create-admin': createAdmin,
  seed,
  'reset-demo': resetDemo,
};

const name = process.argv[2] ?? '';
const command = commands[name];
if (!command) {
  console.error(`Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
command(process.argv.slice(3)).then(
  () => process.exit(0),
  (error: unknown) => {
    const known =
      error instanceof Error &&
      ['ConfigError', 'StartupError', 'EmbeddedPostgresError', 'TypeError'].includes(error.name) &&
      (error.name !== 'TypeError' || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'));
    console.error(known ? `[habeas] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
