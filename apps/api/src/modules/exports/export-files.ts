import type { ExportFileFormat, ListExportKind } from '@habeas/shared';

export const CONTENT_TYPES: Record<ExportFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `habeas-persons-2026-11-28.csv` */
export function exportFileName(kind: ListExportKind | string, format: ExportFileFormat, day: string): string {
  return `habeas-${kind}-${day}.${format}`;
}

export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
