import { z } from 'zod';
import { LocaleSchema, PasswordInputSchema, RoleSchema } from '../auth';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ListTextQuerySchema, QueryBooleanSchema, SortOrderSchema } from '../domain';

/**
 * Staff accounts as an administrator manages them. Secrets (password hash,
 * TOTP secret) never appear in any of these shapes.
 */

const EmailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());
const UserNameSchema = z.string().trim().min(1).max(200);

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  /** An inactive account cannot log in and has no open session. */
  active: z.boolean(),
  locale: LocaleSchema,
  totpEnabled: z.boolean(),
  /** Two-factor login imposed by an administrator (the user must enrol before anything else). */
  totpRequired: z.boolean(),
  lastLoginAt: z.iso.datetime().nullable(),
  /** Set after too many failed logins; a password reset clears it. */
  lockedUntil: z.iso.datetime().nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type User = z.infer<typeof UserSchema>;

export const UserPageSchema = pageOf(UserSchema);

export const UserListQuerySchema = PageQuerySchema.pick({ page: true, pageSize: true }).extend({
  /** Part of the email or the name. */
  q: ListTextQuerySchema,
  role: RoleSchema.optional(),
  active: QueryBooleanSchema,
  sort: z.enum(['email', 'name', 'role', 'createdAt', 'lastLoginAt']).default('email'),
  order: SortOrderSchema,
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const CreateUserInputSchema = z.strictObject({
  /** Stored lowercased; unique (409 when taken). */
  email: EmailSchema,
  name: UserNameSchema,
  role: RoleSchema,
  locale: LocaleSchema.default('en'),
  /** At least 12 characters and not a common password (checked by the API: 400 body.password). */
  password: PasswordInputSchema,
  totpRequired: z.boolean().default(false),
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

/** A partial update naming the version it read. `active: false` ends the user's sessions at once. */
export const UpdateUserInputSchema = z.strictObject({
  version: VersionSchema,
  name: UserNameSchema.optional(),
  role: RoleSchema.optional(),
  locale: LocaleSchema.optional(),
  active: z.boolean().optional(),
  totpRequired: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;

/** The administrator types a new password, or leaves it out to have one generated. */
export const ResetUserPasswordInputSchema = z.strictObject({
  password: PasswordInputSchema.optional(),
});
export type ResetUserPasswordInput = z.infer<typeof ResetUserPasswordInputSchema>;

export const ResetUserPasswordResultSchema = z.object({
  user: UserSchema,
  /** Shown once, only when the API generated the password; never stored in clear or audited. */
  generatedPassword: z.string().nullable(),
});
export type ResetUserPasswordResult = z.infer<typeof ResetUserPasswordResultSchema>;

/** One open session of a user (the token itself is never shown). */
export const UserSessionSchema = z.object({
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** Whether the second factor was checked in this session. */
  totpVerified: z.boolean(),
  /** The session making this request. */
  current: z.boolean(),
});
export type UserSession = z.infer<typeof UserSessionSchema>;

export const UserSessionListSchema = z.object({ items: z.array(UserSessionSchema) });
export type UserSessionList = z.infer<typeof UserSessionListSchema>;

export const RevokedSessionsSchema = z.object({ revoked: z.number().int() });
export type RevokedSessions = z.infer<typeof RevokedSessionsSchema>;
