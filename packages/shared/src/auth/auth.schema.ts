import { z } from 'zod';
import { RoleSchema } from './policy';

export const LoginInputSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(1024),
  totpCode: z
    .string()
    .regex(/^\d{6}$/, 'must be 6 digits')
    .optional(),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const CurrentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  locale: z.string(),
  totpEnabled: z.boolean(),
  totpRequired: z.boolean(),
  assignedCaseIds: z.array(z.uuid()),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/** What login and "who am I" return: the user and the CSRF token to send back on mutations. */
export const SessionInfoSchema = z.object({
  user: CurrentUserSchema,
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
