/**
 * A bare database cloned from the migrated template, without the HTTP app: for code
 * that runs before the app exists (first start, CLI commands).
 */
import { cloneTestDatabase, dropDatabase } from '@habeas/db';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(label = 'bare'): Promise<TestDatabase> {
  const serverUrl = process.env.HABEAS_TEST_SERVER_URL;
  const template = process.env.HABEAS_TEST_TEMPLATE;
  if (!serverUrl || !template)
    throw new Error('Integration tests need the Jest globalSetup (run them with jest).');
  const database = await cloneTestDatabase(serverUrl, template, label);
  return { url: database.url, drop: () => dropDatabase(serverUrl, database.name) };
}
