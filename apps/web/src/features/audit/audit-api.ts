import {
  type AuditEntry,
  type AuditEntryDetail,
  AuditEntryDetailSchema,
  type AuditEntryListQuery,
  AuditEntryPageSchema,
  type Page,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/** The audit trail over HTTP: entries newest first, one entry with its difference, and revert. */

export type AuditListParams = Partial<AuditEntryListQuery>;

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (params: AuditListParams) => [...auditKeys.lists(), params] as const,
  detail: (id: string) => [...auditKeys.all, 'detail', id] as const,
};

export async function listAuditEntries(
  params: AuditListParams,
  signal?: AbortSignal,
): Promise<Page<AuditEntry>> {
  const { data } = await client.GET('/api/audit-entries', { params: { query: params }, signal });
  return AuditEntryPageSchema.parse(data);
}

export async function getAuditEntry(id: string, signal?: AbortSignal): Promise<AuditEntryDetail> {
  const { data } = await client.GET('/api/audit-entries/{id}', { params: { path: { id } }, signal });
  return AuditEntryDetailSchema.parse(data);
}

/** Undoes an update (previous values back) or a deletion (record restored); returns the new entry. */
export async function revertAuditEntry(id: string, version: number): Promise<AuditEntryDetail> {
  const { data } = await client.POST('/api/audit-entries/{id}/revert', {
    params: { path: { id } },
    body: { version },
  });
  return AuditEntryDetailSchema.parse(data);
}

export function useAuditEntries(params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) => listAuditEntries(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntry(id: string) {
  return useQuery({
    queryKey: auditKeys.detail(id),
    queryFn: ({ signal }) => getAuditEntry(id, signal),
  });
}

function versionOf(record: unknown): number | null {
  if (record && typeof record === 'object' && 'version' in record) {
    const version = (record as { version: unknown }).version;
    return typeof version === 'number' && Number.isInteger(version) ? version : null;
  }
  return null;
}

/**
 * The version the record should have now if nobody changed it after this entry: the version the
 * update left, or one more than the deleted version (a soft delete counts as a change). The API
 * answers 409 with the current record when it differs. Link rows without a version take any.
 */
export function expectedCurrentVersion(entry: Pick<AuditEntryDetail, 'action' | 'before' | 'after'>): number {
  const after = versionOf(entry.after);
  if (after !== null) return after;
  const before = versionOf(entry.before);
  return before !== null ? before + 1 : 1;
}

/** `details.current.version` of a 409 answer, when the record is still visible. */
export function currentVersionOf(details: unknown): number | null {
  const current = (details as { current?: unknown } | undefined)?.current;
  return versionOf(current);
}
