import type { Prisma } from '@habeas/db';
import { type Locale, LocaleSchema, type User } from '@habeas/shared';

export type UserRow = Prisma.UserGetPayload<object>;

/**
 * Database row -> API shape. This is also the shape written to the audit trail for
 * accounts: the password hash, TOTP secret and calendar token never leave the row.
 */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    locale: toLocale(row.locale),
    totpEnabled: row.totpEnabled,
    totpRequired: row.totpRequired,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Accounts created before locales were checked may hold anything: fall back to English. */
function toLocale(value: string): Locale {
  const parsed = LocaleSchema.safeParse(value);
  return parsed.success ? parsed.data : 'en';
}
