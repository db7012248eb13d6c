#!/usr/bin/env node
// Starts the built app for the browser journeys on a database of its own:
// a fresh `habeas_e2e` database on DATABASE_URL's server, or a fresh embedded
// PostgreSQL in a temporary directory. Demo users get a known password.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.argv[2] ?? '3100';
const env = {
  ...process.env,
  PORT: port,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  HABEAS_SEED_DEMO: 'true',
  HABEAS_DEMO_PASSWORD: 'journeys-demo-password',
};
let dataDir;
if (process.env.DATABASE_URL) {
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  await client.query('DROP DATABASE IF EXISTS habeas_e2e WITH (FORCE)');
  await client.query('CREATE DATABASE habeas_e2e');
  await client.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = '/habeas_e2e';
  env.DATABASE_URL = url.toString();
  // Like the database, the app's data directory (uploads, exports, secret key) is the journeys' own
  // and emptied at every start: never the developer's .data/. (Git-ignored; it stays after a run.)
  const appData = path.join(root, 'e2e', 'artifacts', 'app-data');
  rmSync(appData, { recursive: true, force: true });
  mkdirSync(appData, { recursive: true });
  env.HABEAS_DATA_DIR = appData;
} else {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'habeas-e2e-'));
  chmodSync(dataDir, 0o755); // as root, the embedded server runs as `postgres`, which must enter it
  env.HABEAS_DATA_DIR = dataDir;
  env.HABEAS_PG_PORT = String(55000 + Math.floor(Math.random() * 900));
}
const app = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const stop = () => app.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', (code) => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
