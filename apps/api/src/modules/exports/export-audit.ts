import { EXPORT_ENTITY_TYPES } from '@habeas/shared';
import type { ResolvedExport } from './export-request';

/** The audit entry of an export: entity type = the model exported, details say exactly what left. */
export function exportAuditEntry(request: ResolvedExport, rows: number, jobId?: string) {
  return {
    action: 'export' as const,
    entityType: EXPORT_ENTITY_TYPES[request.kind],
    entityId: jobId ?? null,
    details: {
      format: request.format,
      variant: request.variant,
      lang: request.lang,
      filters: request.filters,
      columns: request.columns.map((c) => c.key),
      rows,
      ...(jobId ? { jobId } : {}),
    },
  };
}
