import type { Writable } from 'node:stream';
import type { Pool, PoolClient } from 'pg';
import { copyCsv } from './csv-writer';
import { buildExportSql } from './export-query';
import type { ResolvedExport } from './export-request';
import { writeXlsx } from './xlsx-writer';

/** work_mem of an export transaction: a 1,000,000-row sort by name fits in memory. */
export const EXPORT_WORK_MEM = '64MB';

/**
 * One export on one connection, inside a REPEATABLE READ READ ONLY transaction: the count that
 * decides between streaming and a background job (and that the audit entry records) and the rows
 * written come from the same snapshot.
 */
export class ExportSession {
  private finished = false;

  private constructor(
    private readonly client: PoolClient,
    readonly request: ResolvedExport,
  ) {}

  static async open(pool: Pool, request: ResolvedExport): Promise<ExportSession> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // Exports sort by name: room to sort in memory rather than in temporary files (this transaction only).
      await client.query(`SET LOCAL work_mem = '${EXPORT_WORK_MEM}'`);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    return new ExportSession(client, request);
  }

  /**
   * Holds a transaction-level advisory lock named after a background job while the session lives:
   * a crashed worker's connection closes and frees it, which is how start-up recovery tells an
   * interrupted job from one still running elsewhere.
   */
  async lock(jobId: string): Promise<void> {
    await this.client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`habeas:export-job:${jobId}`]);
  }

  /** Rows the export will hold; with `limit`, counting stops there (enough to choose the path). */
  async count(limit?: number): Promise<number> {
    const { count } = buildExportSql(this.request, 'csv');
    const sql =
      limit === undefined
        ? count
        : `SELECT count(*)::int AS n FROM (${count.replace(/^SELECT count\(\*\)::int AS n/, 'SELECT 1')} LIMIT ${Math.floor(limit)}) x`;
    const result = await this.client.query<{ n: number }>(sql);
    return result.rows[0]?.n ?? 0;
  }

  /** Writes the file to `out` (ended when done) and closes the session. Returns the data rows written. */
  async write(out: Writable, onRows?: (rows: number) => void): Promise<number> {
    try {
      const req = this.request;
      const rows =
        req.format === 'xlsx'
          ? await writeXlsx(this.client, buildExportSql(req, 'rows').select, req.columns, out, {
              sheetName: req.kind,
              onRows,
            })
          : await copyCsv(this.client, buildExportSql(req, 'csv').select, out, {
              separator: req.separator,
              bom: req.bom,
              onRows,
            });
      await this.close();
      return rows;
    } catch (error) {
      await this.close(error as Error);
      throw error;
    }
  }

  /**
   * Ends the transaction and returns the connection. After a failure mid-COPY the connection's
   * state is unknown, so it is discarded rather than reused.
   */
  async close(error?: Error): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (error) {
      this.client.release(error);
      return;
    }
    try {
      await this.client.query('COMMIT');
      this.client.release();
    } catch (commitError) {
      this.client.release(commitError as Error);
    }
  }
}
