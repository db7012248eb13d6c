import type { User } from '@habeas/shared';

/** Test fixtures (tests only): staff accounts as the API returns them. */

export const USER_ID = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';

export function user(overrides: Partial<User> = {}): User {
  return {
    id: USER_ID,
    email: 'dana@example.org',
    name: 'Dana Seitkali',
    role: 'researcher',
    active: true,
    locale: 'ru',
    totpEnabled: false,
    totpRequired: false,
    lastLoginAt: '2026-11-19T09:00:00.000Z',
    lockedUntil: null,
    version: 2,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-19T09:00:00.000Z',
    ...overrides,
  };
}
