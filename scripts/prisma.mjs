#!/usr/bin/env node
// Runs the Prisma CLI the way this project needs it offline (see docs/architecture.md):
// DATABASE_URL must always be set, even for `generate`, or the CLI falls back to
// downloading an engine. Without DATABASE_URL, commands that need a database run
// against the embedded PostgreSQL in HABEAS_DATA_DIR (the one `npm start` uses).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import 'dotenv/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const needsDatabase = !['generate', 'validate', 'format', '--version', '-v'].includes(args[0] ?? '');

function runPrisma(env) {
  const cli = require.resolve('prisma/build/index.js', { paths: [root] });
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
let embedded;
if (!env.DATABASE_URL) {
  if (!needsDatabase) {
    // Placeholder only: generate reads no database, but Prisma insists on a URL.
    env.DATABASE_URL = 'postgresql://habeas@127.0.0.1:5432/habeas';
  } else {
    if (!existsSync(path.join(root, 'packages/db/dist/index.js'))) {
      spawnSync('npx', ['tsc', '-p', 'packages/db/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    }
    const { startEmbeddedPostgres } = require(path.join(root, 'packages/db/dist/index.js'));
    const dataDir = path.resolve(root, env.HABEAS_DATA_DIR ?? '.data', 'pg');
    embedded = await startEmbeddedPostgres({ dataDir, port: Number(env.HABEAS_PG_PORT ?? 5488) }).catch(
      (error) => {
        console.error(error.message);
        process.exit(1);
      },
    );
    env.DATABASE_URL = embedded.url.replace(/\/postgres$/, '/habeas');
    const pg = require('pg');
    const client = new pg.Client(embedded.url);
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'habeas'");
    if (!exists.rowCount) await client.query('CREATE DATABASE habeas');
    await client.end();
    console.log(`Using the embedded PostgreSQL in ${dataDir}`);
  }
}
const status = runPrisma(env);
await embedded?.stop();
process.exit(status);
