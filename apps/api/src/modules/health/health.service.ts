import { migrationState } from '@habeas/db';
import type { Health } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { DatabaseInfo } from '../../database/database-info';
import { APP_VERSION } from '../../version';

@Injectable()
export class HealthService {
  private readonly startedAt = Date.now();
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    @Inject(DatabaseInfo) private readonly database: DatabaseInfo,
  ) {}

  async check(): Promise<Health> {
    let reachable = false;
    let serverVersion: string | null = null;
    let migrations: Health['database']['migrations'] = { applied: 0, pending: [], failed: [] };
    try {
      const result = await this.pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
      serverVersion = result.rows[0]?.v ?? null;
      reachable = true;
      migrations = await migrationState(this.pool);
    } catch {
      reachable = false; // reported, not thrown: a health check answers even when the database does not
    }
    const ok = reachable && migrations.pending.length === 0 && migrations.failed.length === 0;
    return {
      status: ok ? 'ok' : 'degraded',
      version: APP_VERSION,
      database: { reachable, embedded: this.database.embedded, serverVersion, migrations },
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }
}
