import os from 'node:os';
import path from 'node:path';
import { applyMigrations, connectionFields, recreateDatabase, startEmbeddedPostgres } from '@habeas/db';
import PgBoss from 'pg-boss';
import { JOBS_SCHEMA } from '../src/modules/jobs/job-queue.service';

/**
 * Finds a PostgreSQL server (DATABASE_URL, else a throw-away embedded one) and
 * migrates a template database that every integration test file clones.
 * The template's name is unique to this run, so two runs never collide.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const port = 56000 + Math.floor(Math.random() * 4000);
    const dataDir = path.join(os.tmpdir(), `habeas-test-pg-${process.pid}`);
    const server = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    (globalThis as { __habeasPg?: { stop(): Promise<void> } }).__habeasPg = server;
    serverUrl = server.url;
  }
  const template = `habeas_test_template_${process.pid}`;
  const templateUrl = await recreateDatabase(serverUrl, template);
  applyMigrations(templateUrl);
  await createJobsSchema(templateUrl);
  process.env.HABEAS_TEST_SERVER_URL = serverUrl;
  process.env.HABEAS_TEST_TEMPLATE = template;
}

/** pg-boss creates its tables on first start: doing it once in the template spares every test file that work. */
async function createJobsSchema(url: string): Promise<void> {
  const { host, port, user, password, database } = connectionFields(url);
  const boss = new PgBoss({
    host,
    port,
    user,
    password: typeof password === 'string' ? password : undefined,
    database,
    schema: JOBS_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}
