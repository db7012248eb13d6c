import { canEditCaseData } from '@habeas/shared';
import { useCurrentUser } from '../auth/use-session';

/**
 * Whether the user may change this case and its records (the shared rule the API applies):
 * coordinators and admins always, researchers on the cases assigned to them; never a deleted case.
 */
export function useCanEditCase(c: { id: string; deletedAt: string | null }): boolean {
  const user = useCurrentUser();
  return c.deletedAt === null && canEditCaseData(user, { caseIds: [c.id] });
}

/** Only coordinators and admins may change who is assigned to a case. */
export function useCanAssignStaff(c: { deletedAt: string | null }): boolean {
  const user = useCurrentUser();
  return c.deletedAt === null && (user.role === 'coordinator' || user.role === 'admin');
}
