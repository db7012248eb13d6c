import { z } from 'zod';

/**
 * The permission policy, shared so the API enforces it and the web app hides
 * what a user cannot do. Row-level rules (confidentiality, case assignment)
 * build on `visibleLevels` and `canEditCaseData` here; the API's PolicyService
 * applies them to lists, details, search and exports alike.
 */
export const RoleSchema = z.enum(['admin', 'coordinator', 'researcher', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;

export const ConfidentialitySchema = z.enum(['public', 'internal', 'restricted']);
export type Confidentiality = z.infer<typeof ConfidentialitySchema>;

export const ACTIONS = ['read', 'create', 'update', 'delete', 'restore', 'export', 'manage'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * What a permission is about. `CaseData` is every record of the case file. `CaseAssignment` is
 * who works on which case: it decides which researchers may edit a case, so it is a subject of
 * its own (coordinators and admins), and reading it means seeing the staff one may assign.
 */
export const SUBJECTS = [
  'CaseData',
  'CaseAssignment',
  'Catalogue',
  'AuditTrail',
  'User',
  'SavedSearch',
  'Export',
  'Statistics',
] as const;
export type Subject = (typeof SUBJECTS)[number];

const ALL: readonly Action[] = ACTIONS;
const MATRIX: Record<Role, Partial<Record<Subject, readonly Action[]>>> = {
  admin: {
    CaseData: ALL,
    CaseAssignment: ['read', 'update'],
    Catalogue: ALL,
    AuditTrail: ['read', 'update', 'export'],
    User: ALL,
    SavedSearch: ALL,
    Export: ['read', 'create'],
    Statistics: ['read', 'export'],
  },
  coordinator: {
    CaseData: ['read', 'create', 'update', 'delete', 'restore', 'export'],
    CaseAssignment: ['read', 'update'],
    Catalogue: ['read', 'create', 'update', 'delete', 'restore'],
    AuditTrail: ['read', 'update'],
    SavedSearch: ['read', 'create', 'update', 'delete'],
    Export: ['read', 'create'],
    Statistics: ['read', 'export'],
  },
  researcher: {
    // Updates and deletes of case data are further limited to assigned cases (canEditCaseData).
    CaseData: ['read', 'create', 'update', 'delete', 'export'],
    Catalogue: ['read', 'create'],
    AuditTrail: ['read'],
    SavedSearch: ['read', 'create', 'update', 'delete'],
    Export: ['read', 'create'],
    Statistics: ['read'],
  },
  viewer: {
    CaseData: ['read'],
    Catalogue: ['read'],
    SavedSearch: ['read', 'create', 'update', 'delete'],
    Statistics: ['read'],
  },
};

export function can(role: Role, action: Action, subject: Subject): boolean {
  return MATRIX[role][subject]?.includes(action) ?? false;
}

/** Confidentiality levels each role may see. */
export function visibleLevels(role: Role): Confidentiality[] {
  return role === 'admin' || role === 'coordinator'
    ? ['public', 'internal', 'restricted']
    : ['public', 'internal'];
}

export function canSee(role: Role, level: Confidentiality): boolean {
  return visibleLevels(role).includes(level);
}

/**
 * Whether a user may change a record of the case file. Coordinators and admins
 * may change all; a researcher only records of the cases assigned to them, or
 * records they created themselves (a new person not yet linked to a case).
 */
export function canEditCaseData(
  user: { id: string; role: Role; assignedCaseIds: readonly string[] },
  record: { caseIds: readonly string[]; createdById?: string | null },
): boolean {
  if (user.role === 'admin' || user.role === 'coordinator') return true;
  if (user.role !== 'researcher') return false;
  if (record.createdById && record.createdById === user.id) return true;
  return record.caseIds.some((id) => user.assignedCaseIds.includes(id));
}

/**
 * What the reader may do with one record, sent with detail answers (person, case) so the web app
 * shows only the controls the API will accept. The API computes it with the same rules it
 * enforces (PolicyService.permissions); clients never re-derive it.
 */
export const RecordPermissionsSchema = z.object({
  /** May change the record and add records to it (false for a deleted record: restore it first). */
  canEdit: z.boolean(),
  /** May (soft-)delete the record. */
  canDelete: z.boolean(),
});
export type RecordPermissions = z.infer<typeof RecordPermissionsSchema>;
