import { defineConfig } from '@playwright/test';

/**
 * Browser journeys in a real Chromium (Debian's, or Playwright's own; see
 * scripts/find-chromium.mjs). Playwright starts the built app on a fresh
 * database with the demo data (scripts/e2e-server.mjs) and stops it after.
 */
const port = Number(process.env.HABEAS_E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './journeys',
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: './artifacts/report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.HABEAS_CHROMIUM || undefined,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/e2e-server.mjs ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM, not SIGKILL: the server script then drops its temporary data directory and the
    // app stops its embedded PostgreSQL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
