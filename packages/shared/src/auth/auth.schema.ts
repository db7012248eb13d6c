import { z } from 'zod';
import { DATE_LOCALES } from '../dates';
import { RoleSchema } from './policy';

/** Interface languages; each user's choice is remembered on their account. */
export const LocaleSchema = z.enum(DATE_LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** Passwords are checked by the API (length, common list); the schema only bounds the size. */
export const PasswordInputSchema = z.string().min(1).max(1024);

/** A 6-digit code from an authenticator app. */
export const TotpCodeSchema = z.string().regex(/^\d{6}$/, 'must be 6 digits');

export const LoginInputSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: PasswordInputSchema,
  totpCode: TotpCodeSchema.optional(),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

/**
 * The logged-in user. `totpRequired && !totpEnabled` means an administrator made two-factor
 * login mandatory and the user has not enrolled yet: the session works only for enrolment
 * (me, totp/*, logout); every other route answers 403 with code TOTP_REQUIRED.
 */
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

/** Self-service: a user changes their own display name or interface language. */
export const UpdateOwnProfileInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  locale: LocaleSchema.optional(),
});
export type UpdateOwnProfileInput = z.infer<typeof UpdateOwnProfileInputSchema>;

/** Self-service: a new password, proven by the current one. */
export const ChangeOwnPasswordInputSchema = z.strictObject({
  currentPassword: PasswordInputSchema,
  newPassword: PasswordInputSchema,
});
export type ChangeOwnPasswordInput = z.infer<typeof ChangeOwnPasswordInputSchema>;

/** The start of TOTP enrolment: the secret to type in, or the URI to show as a QR code. */
export const TotpSetupSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
});
export type TotpSetup = z.infer<typeof TotpSetupSchema>;

export const TotpCodeInputSchema = z.strictObject({ code: TotpCodeSchema });
export type TotpCodeInput = z.infer<typeof TotpCodeInputSchema>;
