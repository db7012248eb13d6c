/**
 * Applies and inspects migrations. Migrations are authored and applied by the
 * Prisma CLI (prisma/migrations, through prisma.config.ts); this module runs it
 * and reads its bookkeeping table for the health endpoint.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';

/** The repository root: where prisma.config.ts and prisma/ live. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'prisma.config.ts'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find prisma.config.ts above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export function migrationsDir(): string {
  return path.join(repoRoot(), 'prisma', 'migrations');
}

export function migrationNames(): string[] {
  return fs
    .readdirSync(migrationsDir(), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && fs.existsSync(path.join(migrationsDir(), entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort();
}

/** Runs `prisma migrate deploy` against databaseUrl; throws with Prisma's own output on failure. */
export function applyMigrations(databaseUrl: string): void {
  const cli = require.resolve('prisma/build/index.js', { paths: [repoRoot()] });
  const result = spawnSync(process.execPath, [cli, 'migrate', 'deploy'], {
    cwd: repoRoot(),
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
    throw new Error(`Applying database migrations failed:\n${output}`);
  }
}

export interface MigrationState {
  applied: number;
  pending: string[];
  failed: string[];
}

export async function migrationState(pool: Pool): Promise<MigrationState> {
  const known = migrationNames();
  const exists = await pool.query<{ ok: boolean }>(
    `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS ok`,
  );
  if (!exists.rows[0]?.ok) return { applied: 0, pending: known, failed: [] };
  const rows = await pool.query<{
    migration_name: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
  }>('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations');
  const done = new Set(
    rows.rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
  );
  const failed = rows.rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  return { applied: done.size, pending: known.filter((name) => !done.has(name)), failed };
}
