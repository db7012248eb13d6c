/**
 * Decides which PostgreSQL the app uses and brings its schema up to date:
 * DATABASE_URL when set, else the embedded server in HABEAS_DATA_DIR/pg.
 */
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
