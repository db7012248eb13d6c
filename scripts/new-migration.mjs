#!/usr/bin/env node
// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// migrations so far to prisma/schema.prisma (`prisma migrate dev` needs an interactive
// terminal; this works anywhere). Hand-written SQL (views, triggers, CHECKs) can be
// appended to the new file before it is committed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = (process.argv[2] ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: npm run db:new-migration -- <name_with_underscores>');
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'scripts/prisma.mjs'),
    'migrate',
    'diff',
    '--from-migrations',
    'prisma/migrations',
    '--to-schema-datamodel',
    'prisma/schema.prisma',
    '--script',
  ],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (result.status !== 0) process.exit(result.status ?? 1);
const sql = result.stdout.replace(/^[\s\S]*?(?=--|CREATE|ALTER|DROP)/, '');
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log('The schema matches the migrations: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(root, 'prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql.endsWith('\n') ? sql : `${sql}\n`);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
