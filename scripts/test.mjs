#!/usr/bin/env node
// `npm test`: the whole suite. Unit and integration tests of every workspace
// (Jest, on DATABASE_URL's server when set, else a throw-away embedded
// PostgreSQL), then the browser journeys (Playwright in Chromium).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
};

const started = Date.now();
const unit = run('npx', ['turbo', 'run', 'test', '--output-logs=new-only', '--concurrency=1', '--continue']);
if (unit !== 0) {
  console.error('\nUnit and integration tests failed.');
  process.exit(unit);
}
const browser = run(process.execPath, [path.join(root, 'scripts/e2e.mjs')]);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(browser === 0 ? `\nAll test suites passed in ${seconds} s.` : '\nBrowser journeys failed.');
process.exit(browser);
