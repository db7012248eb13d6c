import { PassThrough, type Readable } from 'node:stream';
import {
  type ExportFilters,
  ExportFiltersSchema,
  type ExportJob,
  type ExportQuery,
  type ListExportKind,
} from '@habeas/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Pool } from 'pg';
import type { Actor } from '../../common/actor';
import { AuditService } from '../audit/audit.service';
import { exportAuditEntry } from './export-audit';
import { CONTENT_TYPES, exportFileName } from './export-files';
import { ExportJobsService } from './export-jobs.service';
import { type ExportRequestInput, resolveExport } from './export-request';
import { ExportSession } from './export-runner';

/** Above this many rows a list export runs as a background job (202 with the job) instead of streaming. */
export const SYNC_EXPORT_MAX_ROWS = 5000;

export type ListExportResult =
  | { kind: 'file'; stream: Readable; fileName: string; contentType: string; rows: number }
  | { kind: 'job'; job: ExportJob };

/** Every filter the export query understands: the keys of the one filters schema. */
const FILTER_KEYS = Object.keys(ExportFiltersSchema.shape) as (keyof ExportFilters)[];

/**
 * List exports (persons, cases, charges, sentences, appeals, case updates) as CSV or XLSX. Security
 * first (the reader's confidentiality levels, the column whitelist, the public variant), then
 * formatting, all inside one SELECT that PostgreSQL's COPY writes. Every export is audited.
 */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    @Inject(Pool) private readonly pool: Pool,
    private readonly audit: AuditService,
    private readonly jobs: ExportJobsService,
  ) {}

  async exportList(actor: Actor, kind: ListExportKind, query: ExportQuery): Promise<ListExportResult> {
    const input = toRequestInput(kind, query);
    const request = resolveExport(actor, input, 'query');
    if (query.async) return { kind: 'job', job: await this.jobs.createJob(actor, input, request) };

    const session = await ExportSession.open(this.pool, request);
    let rows: number;
    try {
      rows = await session.count(SYNC_EXPORT_MAX_ROWS + 1);
    } catch (error) {
      await session.close(error as Error);
      throw error;
    }
    if (rows > SYNC_EXPORT_MAX_ROWS) {
      await session.close();
      return { kind: 'job', job: await this.jobs.createJob(actor, input, request) };
    }
    try {
      // Audited before the first byte leaves: no export escapes the trail.
      await this.audit.recordStandalone(actor, exportAuditEntry(request, rows));
    } catch (error) {
      await session.close(error as Error);
      throw error;
    }
    const stream = new PassThrough();
    session.write(stream).catch((error: Error) => {
      this.logger.warn(`Export of ${kind} stopped: ${error.message}`);
      stream.destroy(error);
    });
    return {
      kind: 'file',
      stream,
      rows,
      fileName: exportFileName(kind, request.format, request.today),
      contentType: CONTENT_TYPES[request.format],
    };
  }
}

export function toRequestInput(kind: ListExportKind, query: ExportQuery): ExportRequestInput {
  const filters: ExportFilters = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value !== undefined && value !== '') (filters as Record<string, unknown>)[key] = value;
  }
  return {
    kind,
    format: query.format,
    variant: query.variant,
    lang: query.lang,
    separator: query.separator,
    bom: query.bom ?? false,
    columns: query.columns,
    filters,
  };
}
