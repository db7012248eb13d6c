/**
 * Decides which PostgreSQL the app uses and brings its schema up to date:
 * DATABASE_URL when set, else the embedded server in HABEAS_DATA_DIR/pg.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations, migrationState, redactUrl, startEmbeddedPostgres, withDatabase } from '@habeas/db';
import { Client, Pool } from 'pg';
import type { Config } from '../config/config.schema';
import { DatabaseInfo } from '../database/database-info';

export interface PreparedDatabase {
  info: DatabaseInfo;
  stop(): Promise<void>;
}

export class StartupError extends Error {
  override name = 'StartupError';
}

export async function prepareDatabase(
  config: Config,
  log: (line: string) => void,
): Promise<PreparedDatabase> {
  let url = config.DATABASE_URL;
  let stop = async () => {};
  const embedded = !url;
  if (!url) {
    const dataDir = path.join(config.dataDir, 'pg');
    assertEmbeddedNotInUse(dataDir);
    const server = await startEmbeddedPostgres({ dataDir, port: config.HABEAS_PG_PORT, log });
    stop = () => server.stop();
    await ensureDatabase(server.url, 'habeas');
    url = withDatabase(server.url, 'habeas');
    log(`Embedded PostgreSQL running on port ${config.HABEAS_PG_PORT} with its data in ${dataDir}`);
  } else {
    await assertReachable(url);
    log(`Using the PostgreSQL server at ${redactUrl(url)}`);
  }

  if (config.HABEAS_MIGRATE) {
    applyMigrations(url);
  } else {
    const pool = new Pool({ connectionString: url, max: 1 });
    const state = await migrationState(pool).finally(() => pool.end());
    if (state.pending.length || state.failed.length) {
      await stop();
      throw new StartupError(
        `The database needs migrations (${[...state.pending, ...state.failed].join(', ')}) and HABEAS_MIGRATE=false. ` +
          'Run `npm run db:migrate` (or start once with HABEAS_MIGRATE=true), then start again.',
      );
    }
  }
  return { info: new DatabaseInfo(url, embedded), stop };
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

async function assertReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(
      `Cannot connect to the database at ${redactUrl(url)}: ${(error as Error).message}. ` +
        'Check DATABASE_URL, or unset it to use the embedded PostgreSQL.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The embedded launcher stops a PostgreSQL it finds serving our data directory, taking
 * it for the orphan of a killed run. When its parent is a live Node program (Habeas running in
 * another terminal, a CLI command started beside it), it is no orphan: refuse, rather
 * than pull the database from under the running app.
 */
function assertEmbeddedNotInUse(dataDir: string): void {
  const owner = embeddedServerOwner(dataDir);
  if (owner === undefined) return;
  throw new StartupError(
    `The embedded PostgreSQL in ${dataDir} is in use by another running program (process ${owner}, ` +
      'probably Habeas itself). Stop it first, or point DATABASE_URL at a PostgreSQL server.',
  );
}

/** The live parent process of the postgres serving dataDir, or undefined (none, or orphaned). */
function embeddedServerOwner(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isInteger(ppid) || ppid <= 1 || ppid === process.pid) return undefined;
    // An orphan is adopted by init or a subreaper (systemd --user); a live owner is a Node program.
    const parent = fs.readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return path.basename(parent).startsWith('node') ? ppid : undefined;
  } catch {
    return undefined; // no pid file, not Linux, or the server is gone: the launcher decides
  }
}
