#!/usr/bin/env node
// The browser journeys (e2e/): builds the app, then Playwright starts it on a
// fresh database (see e2e/playwright.config.ts) and drives a real Chromium.
// Without a browser the journeys are skipped with a clear message, except in CI.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const browser = findChromium();
if (!browser) {
  const message =
    'Browser journeys SKIPPED: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
    'or `npx playwright install chromium`), or point HABEAS_CHROMIUM at a Chrome/Chromium binary.';
  if (process.env.CI) {
    console.error(`${message}\nCI requires the browser journeys to run.`);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
const build = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@habeas/api', '--filter=@habeas/web', '--output-logs=errors-only'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync(
  'npx',
  ['playwright', 'test', '--config', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, HABEAS_CHROMIUM: browser.path },
  },
);
process.exit(result.status ?? 1);
