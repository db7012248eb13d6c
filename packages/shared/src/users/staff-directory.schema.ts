import { z } from 'zod';
import { RoleSchema } from '../auth';
import { ListTextQuerySchema } from '../domain';

/**
 * The staff a coordinator may assign to a case (GET /staff-directory): active accounts that can
 * edit case data, with their name and role only. It is the picker behind case assignments for
 * users who may not administer accounts, so it carries nothing else (no email, 2FA or sessions).
 */

export const StaffDirectoryQuerySchema = z.object({
  /** Part of the name, in any script and spelling (`Козлов` finds `Kozlov`); empty lists everyone. */
  q: ListTextQuerySchema,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type StaffDirectoryQuery = z.infer<typeof StaffDirectoryQuerySchema>;

export const StaffDirectoryEntrySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: RoleSchema,
});
export type StaffDirectoryEntry = z.infer<typeof StaffDirectoryEntrySchema>;

export const StaffDirectorySchema = z.object({
  /** Sorted by name; at most `limit`. */
  items: z.array(StaffDirectoryEntrySchema),
  /** More accounts match than were returned: refine the search. */
  truncated: z.boolean(),
});
export type StaffDirectory = z.infer<typeof StaffDirectorySchema>;
