import { useCan } from '../auth/use-session';

/**
 * Only coordinators and admins may change who is assigned to a case (`update CaseAssignment`,
 * the permission the API demands), and never on a deleted case. Whether the user may edit the
 * case itself comes with the case (`canEdit`, `canDelete`), computed by the API.
 */
export function useCanAssignStaff(c: { deletedAt: string | null }): boolean {
  const can = useCan();
  return c.deletedAt === null && can('update', 'CaseAssignment');
}
