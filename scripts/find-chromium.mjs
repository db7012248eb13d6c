// Finds a Chromium for the browser journeys: HABEAS_CHROMIUM, then the system's
// (Debian's /usr/bin/chromium and friends), then Playwright's own download.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function findChromium() {
  const candidates = [
    process.env.HABEAS_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ].filter(Boolean);
  for (const candidate of candidates) if (existsSync(candidate)) return { path: candidate, kind: 'system' };
  try {
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, kind: 'playwright' };
  } catch {
    // playwright-core missing or has no browser: fall through
  }
  return null;
}
