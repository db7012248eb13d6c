/** The audit trail: /audit (entries, filtered) and /audit/:id (before and after, revert). */
export { AuditEntryPage } from './AuditEntryPage';
export { AuditListPage } from './AuditListPage';
export { AuditValue } from './AuditValue';
export { auditKeys, expectedCurrentVersion, useAuditEntries, useAuditEntry } from './audit-api';
export { recordPath, useAuditLabels } from './use-audit-labels';
