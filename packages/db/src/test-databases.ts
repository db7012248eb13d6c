/**
 * Real PostgreSQL for integration tests, isolated per test file: a template
 * database is migrated once (Jest globalSetup), and each test file clones its
 * own database from it with CREATE DATABASE ... TEMPLATE, so files run in
 * parallel and never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { connectionFields, withDatabase } from './connection';

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ ...connectionFields(serverUrl), database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  return withDatabase(serverUrl, name);
}

/** A fresh database cloned from the migrated template; drop it with dropDatabase. */
export async function cloneTestDatabase(
  serverUrl: string,
  template: string,
  label = 'file',
): Promise<{ url: string; name: string }> {
  const safe = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  const name = `habeas_test_${safe}_${randomBytes(4).toString('hex')}`;
  const url = await recreateDatabase(serverUrl, name, template);
  return { url, name };
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
