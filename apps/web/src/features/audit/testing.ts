import type { AuditEntry, AuditEntryDetail } from '@habeas/shared';

/** Test fixtures (tests only): audit entries as the API returns them. */

export const ORG_ID = '3f1c2b7a-9d4e-4c6b-8a2f-5e7d9c1b3a40';
export const ACTOR_ID = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e';

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: '42',
    occurredAt: '2026-11-20T14:30:00.000Z',
    action: 'update',
    entityType: 'Organisation',
    entityId: ORG_ID,
    actorId: ACTOR_ID,
    actorEmail: 'dana@example.org',
    changedFields: ['name', 'region'],
    details: null,
    ...overrides,
  };
}

export function auditDetail(overrides: Partial<AuditEntryDetail> = {}): AuditEntryDetail {
  return {
    ...auditEntry(),
    before: { id: ORG_ID, name: 'Zhanaozen city court', region: 'Mangystau', version: 1 },
    after: { id: ORG_ID, name: 'Aktau city court', region: null, version: 2 },
    changes: [
      { field: 'version', kind: 'changed', before: 1, after: 2 },
      { field: 'name', kind: 'changed', before: 'Zhanaozen city court', after: 'Aktau city court' },
      { field: 'region', kind: 'removed', before: 'Mangystau', after: null },
      {
        field: 'foundedOn',
        kind: 'added',
        before: null,
        after: { value: '2011-12-01', precision: 'month' },
      },
    ],
    requestId: 'req-7f3a',
    ipAddress: null,
    userAgent: null,
    revertible: true,
    ...overrides,
  };
}
