/**
 * An integration-test harness: the real HTTP app on its own real database,
 * cloned from the migrated template for this test file alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cloneTestDatabase, createPrismaClient, dropDatabase, type PrismaClient, repoRoot } from '@habeas/db';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import request from 'supertest';
import { loadConfig } from '../src/config/config.schema';
import { DatabaseInfo } from '../src/database/database-info';
import { createHttpApp } from '../src/http-app';

export interface TestApp {
  app: NestFastifyApplication;
  /** supertest bound to the app's server */
  http: () => ReturnType<typeof request>;
  prisma: PrismaClient;
  pool: Pool;
  databaseUrl: string;
  /** This app's attachment file store: a temporary directory, removed by close(). */
  filesDir: string;
  close(): Promise<void>;
}

export async function createTestApp(
  label = path.basename(expect.getState().testPath ?? 'test'),
  /** More settings, e.g. { HABEAS_MAX_UPLOAD_MB: '0.01' }. */
  env: Record<string, string> = {},
): Promise<TestApp> {
  const serverUrl = process.env.HABEAS_TEST_SERVER_URL;
  const template = process.env.HABEAS_TEST_TEMPLATE;
  if (!serverUrl || !template)
    throw new Error('Integration tests need the Jest globalSetup (run them with jest).');
  const database = await cloneTestDatabase(serverUrl, template, label.replace(/\..*$/, ''));
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'habeas-files-'));
  const config = loadConfig(
    { NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent', HABEAS_FILES_DIR: filesDir, ...env },
    repoRoot(),
  );
  const app = await createHttpApp(config, new DatabaseInfo(database.url, false), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const prisma = createPrismaClient(database.url, { max: 2 });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  return {
    app,
    http: () => request(app.getHttpServer()),
    prisma,
    pool,
    databaseUrl: database.url,
    filesDir: config.filesDir,
    async close() {
      await app.close();
      await prisma.$disconnect();
      await pool.end();
      await dropDatabase(serverUrl, database.name);
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
