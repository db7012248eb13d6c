#!/usr/bin/env node
// CI check: the committed OpenAPI document (apps/api/openapi.json) and the web
// client's types (apps/web/src/api/schema.d.ts) match the API as built.
// Fix a failure with `npm run openapi` and commit the result.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'habeas-contract-'));
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(r.status ?? 1);
  }
};
const docPath = path.join(tmp, 'openapi.json');
run(process.execPath, ['apps/api/dist/cli.js', 'openapi', '--out', docPath]);
const typesPath = path.join(tmp, 'schema.d.ts');
run('npx', ['openapi-typescript', docPath, '-o', typesPath]);
let stale = false;
for (const [fresh, committed] of [
  [docPath, 'apps/api/openapi.json'],
  [typesPath, 'apps/web/src/api/schema.d.ts'],
]) {
  if (readFileSync(fresh, 'utf8') !== readFileSync(path.join(root, committed), 'utf8')) {
    console.error(`${committed} is stale: run \`npm run openapi\` and commit it.`);
    stale = true;
  }
}
if (stale) process.exit(1);
console.log('OpenAPI document and web client types are current.');
