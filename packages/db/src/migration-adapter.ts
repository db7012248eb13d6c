/**
 * The driver adapter that the Prisma CLI uses for migrations (loaded only by
 * prisma.config.ts). It mends three problems of @prisma/adapter-pg 6.19.3 that
 * make migrations fail offline, plus one of our own (see ENVIRONMENT.md):
 *  1. catalog columns of type `name` (oid 19) and `"char"` (oid 18) are refused
 *     by the adapter during introspection: pg already returns them as strings,
 *     so we relabel them as text (oid 25);
 *  2. the shadow database was dropped before its connections were closed;
 *  3. a connectionString would override `database`, so the shadow connection
 *     reached the real database: we always pass separate fields;
 *  4. executeScript split scripts on every ";", breaking function bodies
 *     (our append-only audit trigger): we send the script whole, which the
 *     simple query protocol runs statement by statement;
 *  5. the WASM schema engine aborts ("RuntimeError: unreachable") when
 *     introspection finds a CHECK constraint. Prisma does not model CHECK
 *     constraints anyway (the native engine only ignores them), so we leave
 *     them out of the constraint listing it reads.
 * The app itself uses a plain PrismaPg (see client.ts).
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PoolConfig } from 'pg';
import { connectionFields } from './connection';

const TEXT_OID = 25;
const CATALOG_STRING_OIDS = new Set([18, 19]);

// The adapter's classes are not exported, so we patch instances.
// biome-ignore lint/suspicious/noExplicitAny: patched members are private to the adapter
type AnyAdapter = any;

function relabelCatalogTypes(queryable: AnyAdapter): void {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query: unknown) => {
    const result = await performIO(query);
    const fields: { name: string; dataTypeID: number }[] = result.fields ?? [];
    for (const field of fields) {
      if (CATALOG_STRING_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    const typeColumn = fields.findIndex((field) => field.name === 'constraint_type');
    if (typeColumn >= 0 && fields.some((field) => field.name === 'constraint_definition')) {
      result.rows = result.rows.filter((row: unknown[]) => row[typeColumn] !== 'c');
      result.rowCount = result.rows.length;
    }
    return result;
  };
}

function patchAdapter(adapter: AnyAdapter): AnyAdapter {
  relabelCatalogTypes(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel?: string) => {
    const tx = await startTransaction(isolationLevel);
    relabelCatalogTypes(tx);
    return tx;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

export class MigrationPgAdapterFactory extends PrismaPg {
  private readonly fields: PoolConfig;

  constructor(databaseUrl: string) {
    // allowExitOnIdle: otherwise idle pool clients keep the CLI alive for 10 s after it is done.
    const fields = { ...connectionFields(databaseUrl), allowExitOnIdle: true };
    super(fields);
    this.fields = fields;
  }

  override async connect() {
    return patchAdapter((await super.connect()) as unknown as AnyAdapter) as any;
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = patchAdapter(
      (await new PrismaPg({ ...this.fields, database }).connect()) as unknown as AnyAdapter,
    );
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow(); // close the shadow pool first, then drop its database
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow as any;
  }
}

/**
 * The WASM schema engine arms 10 s and 60 s timers that keep a finished
 * `migrate deploy` alive for ten more seconds; long timers are unref'd so the
 * CLI exits as soon as its work is done.
 */
export function unrefLongTimers(thresholdMs = 5_000): void {
  const original = globalThis.setTimeout;
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= thresholdMs) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}
