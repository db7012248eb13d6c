import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PrismaClient } from '@habeas/db';
import {
  type CreateExportJobInput,
  EXPORT_JOB_KINDS,
  type ExportJob,
  type ExportJobList,
  LIST_EXPORT_KINDS,
  type ListExportKind,
} from '@habeas/shared';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { CONFIG } from '../../config/config.module';
import type { Config } from '../../config/config.schema';
import { AuditService } from '../audit/audit.service';
import { JobQueue } from '../jobs/job-queue.service';
import { exportAuditEntry } from './export-audit';
import { CONTENT_TYPES, exportFileName } from './export-files';
import { type ExportRequestInput, type ResolvedExport, resolveExport } from './export-request';
import { ExportSession } from './export-runner';

export const EXPORT_QUEUE = 'habeas-exports';
/** rows_done is written (and announced) at most every this many rows. */
export const PROGRESS_EVERY_ROWS = 5000;
/** Channel of `pg_notify` progress announcements: payload `{ id, status, rowsDone, rowsTotal }`. */
export const PROGRESS_CHANNEL = 'habeas_export_progress';

interface ExportJobData {
  exportJobId: string;
}

/** What export_jobs.filters stores: everything needed to run the export again. */
interface StoredRequest {
  filters: ExportRequestInput['filters'];
  columns: string[];
  variant: ExportRequestInput['variant'];
  lang: ExportRequestInput['lang'];
  separator: ExportRequestInput['separator'];
  bom: boolean;
}

type JobRow = Awaited<ReturnType<PrismaClient['exportJob']['findUniqueOrThrow']>>;

const kindOfDb = (dbKind: string): ListExportKind =>
  LIST_EXPORT_KINDS.find((k) => EXPORT_JOB_KINDS[k] === dbKind) ?? (dbKind as ListExportKind);

/**
 * Background exports: a row in export_jobs (status, progress, file) plus a pg-boss job that a
 * worker picks up. The worker runs the export AS the requester with the requester's role at run
 * time, writes HABEAS_DATA_DIR/exports/<id>.<ext>, and audits it.
 *
 * Restarts: a job whose process died stays 'running' in export_jobs. The worker holds a
 * transaction-level advisory lock on the job while it runs; at start-up every 'running' job whose
 * lock is free (its worker is gone) is RE-QUEUED from zero (status queued, a new pg-boss job): the
 * data are still there and an export is idempotent. A job still running in another API process
 * holds its lock and is left alone.
 */
@Injectable()
export class ExportJobsService implements OnModuleInit {
  private readonly logger = new Logger(ExportJobsService.name);

  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    @Inject(Pool) private readonly pool: Pool,
    @Inject(CONFIG) private readonly config: Config,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.queue.register<ExportJobData>({
      queue: EXPORT_QUEUE,
      handle: (data) => this.runJob(data.exportJobId),
      onStart: () => this.requeueInterrupted(),
      // One attempt per pg-boss job (failures are recorded on the export job); expiry only frees
      // pg-boss's slot after a crash: recovery is requeueInterrupted.
      sendOptions: { retryLimit: 0, expireInSeconds: 6 * 3600 },
    });
  }

  async createJobFromBody(actor: Actor, body: CreateExportJobInput): Promise<ExportJob> {
    const input: ExportRequestInput = {
      kind: body.kind,
      format: body.format,
      variant: body.variant,
      lang: body.lang,
      separator: body.separator,
      bom: body.bom,
      columns: body.columns,
      filters: body.filters,
    };
    return this.createJob(actor, input, resolveExport(actor, input, 'body'));
  }

  /** `request` was resolved (validated) for this actor already. */
  async createJob(actor: Actor, input: ExportRequestInput, request: ResolvedExport): Promise<ExportJob> {
    const stored: StoredRequest = {
      filters: request.filters,
      columns: request.columns.map((c) => c.key),
      variant: request.variant,
      lang: request.lang,
      separator: request.separator,
      bom: request.bom,
    };
    const row = await this.prisma.exportJob.create({
      data: {
        requestedById: actor.userId,
        kind: EXPORT_JOB_KINDS[input.kind] as never,
        format: request.format,
        filters: stored as never,
        status: 'queued',
      },
    });
    try {
      await this.queue.send(EXPORT_QUEUE, { exportJobId: row.id } satisfies ExportJobData);
    } catch (error) {
      await this.fail(row.id, 'The job could not be queued');
      throw error;
    }
    return toExportJob(row);
  }

  async listMyJobs(actor: Actor): Promise<ExportJobList> {
    const rows = await this.prisma.exportJob.findMany({
      where: { requestedById: actor.userId },
      orderBy: { createdAt: 'desc' },
      take: 100,
    });
    return { items: rows.map(toExportJob) };
  }

  async getJob(actor: Actor, id: string): Promise<ExportJob> {
    return toExportJob(await this.findOwn(actor, id));
  }

  /** The finished file, for its requester or an admin only. */
  async openDownload(actor: Actor, id: string) {
    const job = await this.findOwn(actor, id);
    if (job.status !== 'done' || !job.filePath) {
      throw new AppError('VERSION_CONFLICT', 'The export is not finished', { current: toExportJob(job) });
    }
    const kind = kindOfDb(job.kind);
    const format = job.format === 'xlsx' ? 'xlsx' : 'csv';
    return {
      stream: createReadStream(job.filePath),
      fileName: exportFileName(kind, format, job.createdAt.toISOString().slice(0, 10)),
      contentType: CONTENT_TYPES[format],
    };
  }

  private async findOwn(actor: Actor, id: string): Promise<JobRow> {
    const job = await this.prisma.exportJob.findUnique({ where: { id } });
    // Someone else's job does not exist for this user (404, not 403).
    if (!job || (job.requestedById !== actor.userId && actor.role !== 'admin')) {
      throw AppError.notFound('ExportJob', id);
    }
    return job;
  }

  /** The worker: runs one export job to its file. Never throws (failures are recorded on the job). */
  async runJob(id: string): Promise<void> {
    const job = await this.prisma.exportJob.findUnique({
      where: { id },
      include: { requestedBy: true },
    });
    if (job?.status !== 'queued') return;
    const user = job.requestedBy;
    const stored = job.filters as unknown as StoredRequest;
    const actor: Actor = {
      userId: user.id,
      email: user.email,
      role: user.role,
      assignedCaseIds: [],
      sessionId: '',
      requestId: `export-job:${id}`,
      ipAddress: null,
      userAgent: null,
    };
    const format = job.format === 'xlsx' ? 'xlsx' : 'csv';
    const dir = path.join(this.config.dataDir, 'exports');
    const file = path.join(dir, `${id}.${format}`);
    const partial = `${file}.part`;
    let session: ExportSession | null = null;
    try {
      if (!user.active || user.deletedAt) throw new JobError('The requesting account is no longer active');
      // Resolved again with the requester's CURRENT role: a demoted user gets what they may see now.
      let request: ResolvedExport;
      try {
        request = resolveExport(
          actor,
          { kind: kindOfDb(job.kind), format, ...stored, columns: stored.columns },
          'body',
        );
      } catch {
        throw new JobError('The export asks for columns or filters the requester may no longer use');
      }
      session = await ExportSession.open(this.pool, request);
      await session.lock(id);
      const claimed = await this.prisma.exportJob.updateMany({
        where: { id, status: 'queued' },
        data: { status: 'running', startedAt: new Date(), rowsDone: 0, error: null },
      });
      if (claimed.count === 0) {
        await session.close();
        return; // another worker took it
      }
      const total = await session.count();
      await this.progress(id, 'running', 0, total);
      await mkdir(dir, { recursive: true });
      let announced = 0;
      let inFlight: Promise<void> | null = null;
      const rows = await session.write(createWriteStream(partial), (done) => {
        if (done - announced < PROGRESS_EVERY_ROWS || inFlight) return;
        announced = done;
        inFlight = this.progress(id, 'running', done, total).finally(() => {
          inFlight = null;
        });
      });
      session = null;
      if (inFlight) await inFlight;
      await rename(partial, file);
      await this.prisma.$transaction(async (tx) => {
        await tx.exportJob.update({
          where: { id },
          data: { status: 'done', rowsDone: rows, rowsTotal: rows, filePath: file, finishedAt: new Date() },
        });
        await this.audit.record(tx, actor, exportAuditEntry(request, rows, id));
      });
      await this.notify(id, 'done', rows, rows);
    } catch (error) {
      if (session) await session.close(error as Error);
      await rm(partial, { force: true });
      const reason = error instanceof JobError ? error.message : 'The export failed; see the server log';
      if (!(error instanceof JobError))
        this.logger.error(`Export job ${id} failed: ${(error as Error).stack}`);
      await this.fail(id, reason);
    }
  }

  /** Start-up recovery (see the class comment): re-queue the jobs whose worker is gone. */
  async requeueInterrupted(): Promise<void> {
    const running = await this.prisma.exportJob.findMany({
      where: { status: 'running' },
      select: { id: true },
    });
    for (const { id } of running) {
      const client = await this.pool.connect();
      let requeued = false;
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ free: boolean }>(
          'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS free',
          [lockKey(id)],
        );
        if (rows[0]?.free) {
          const updated = await client.query(
            `UPDATE export_jobs SET status = 'queued', rows_done = 0, started_at = NULL,
               error = 'Interrupted by a server restart; started again' WHERE id = $1 AND status = 'running'`,
            [id],
          );
          requeued = (updated.rowCount ?? 0) > 0;
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      if (requeued) {
        this.logger.warn(`Export job ${id} was interrupted by a restart: queued again`);
        await this.queue.send(EXPORT_QUEUE, { exportJobId: id } satisfies ExportJobData);
      }
    }
  }

  private async progress(
    id: string,
    status: string,
    rowsDone: number,
    rowsTotal: number | null,
  ): Promise<void> {
    await this.pool.query('UPDATE export_jobs SET rows_done = $2, rows_total = $3 WHERE id = $1', [
      id,
      rowsDone,
      rowsTotal,
    ]);
    await this.notify(id, status, rowsDone, rowsTotal);
  }

  /** Announces progress to listeners (LISTEN habeas_export_progress), e.g. a future live progress feed. */
  private async notify(
    id: string,
    status: string,
    rowsDone: number,
    rowsTotal: number | null,
  ): Promise<void> {
    await this.pool
      .query('SELECT pg_notify($1, $2)', [
        PROGRESS_CHANNEL,
        JSON.stringify({ id, status, rowsDone, rowsTotal }),
      ])
      .catch(() => undefined);
  }

  private async fail(id: string, reason: string): Promise<void> {
    await this.prisma.exportJob
      .update({ where: { id }, data: { status: 'failed', error: reason, finishedAt: new Date() } })
      .catch((error: Error) => this.logger.error(`Could not mark export job ${id} failed: ${error.message}`));
    await this.notify(id, 'failed', 0, null);
  }
}

/** A failure whose message is safe and useful to show the requester. */
class JobError extends Error {}

export function lockKey(jobId: string): string {
  return `habeas:export-job:${jobId}`;
}

export function toExportJob(row: JobRow): ExportJob {
  const total = row.rowsTotal;
  return {
    id: row.id,
    kind: kindOfDb(row.kind),
    format: row.format === 'xlsx' ? 'xlsx' : 'csv',
    status: row.status,
    rowsDone: row.rowsDone,
    rowsTotal: total,
    percent:
      total === null ? null : total === 0 ? 100 : Math.min(100, Math.floor((row.rowsDone * 100) / total)),
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    downloadUrl: row.status === 'done' ? `/api/exports/jobs/${row.id}/download` : null,
  };
}
