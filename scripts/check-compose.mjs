#!/usr/bin/env node
// Docker does not run on every machine that runs our tests, so this checks what
// can be checked without it: docker-compose.yml parses as YAML, has the services
// we document, and every path it references (build context, Dockerfile) exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function checkCompose(file = path.join(root, 'docker-compose.yml')) {
  const problems = [];
  let doc;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`docker-compose.yml does not parse: ${error.message}`];
  }
  const { db, app } = doc?.services ?? {};
  if (!db) problems.push('service "db" is missing');
  if (!app) problems.push('service "app" is missing');
  if (db && !/^postgres:\d+/.test(db.image ?? '')) problems.push('db must use a postgres:<major> image');
  if (db && !db.healthcheck) problems.push('db has no healthcheck');
  if (db && !(db.volumes ?? []).some((v) => String(v).startsWith('habeas-db:')))
    problems.push('db has no named volume');
  if (app && !app.environment?.DATABASE_URL) problems.push('app is not configured by DATABASE_URL');
  const context = path.join(root, app?.build?.context ?? '.');
  if (!existsSync(context)) problems.push(`build context ${context} does not exist`);
  if (!existsSync(path.join(context, app?.build?.dockerfile ?? 'Dockerfile')))
    problems.push('the Dockerfile does not exist');
  for (const name of Object.keys(doc?.volumes ?? {})) if (!name) problems.push('unnamed volume');
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkCompose();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('docker-compose.yml: OK');
}
