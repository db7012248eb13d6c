import {
  type CreateUserInput,
  type Page,
  type ResetUserPasswordResult,
  ResetUserPasswordResultSchema,
  RevokedSessionsSchema,
  type UpdateUserInput,
  type User,
  type UserListQuery,
  UserPageSchema,
  UserSchema,
  type UserSessionList,
  UserSessionListSchema,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { EntityOption } from '../forms/EntityPicker';

/** Staff accounts over HTTP (administrators only). A user's own profile is under /api/auth/me. */

export type UserListParams = Partial<Omit<UserListQuery, 'active'>> & { active?: 'true' | 'false' };

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (params: UserListParams) => [...userKeys.lists(), params] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
  sessions: (id: string) => [...userKeys.all, 'sessions', id] as const,
  picker: () => [...userKeys.all, 'picker'] as const,
};

export async function listUsers(params: UserListParams, signal?: AbortSignal): Promise<Page<User>> {
  const { data } = await client.GET('/api/users', { params: { query: params }, signal });
  return UserPageSchema.parse(data);
}

export async function getUser(id: string, signal?: AbortSignal): Promise<User> {
  const { data } = await client.GET('/api/users/{id}', { params: { path: { id } }, signal });
  return UserSchema.parse(data);
}

export async function createUser(input: CreateUserInput): Promise<User> {
  const { data } = await client.POST('/api/users', { body: input });
  return UserSchema.parse(data);
}

export async function updateUser(id: string, input: UpdateUserInput): Promise<User> {
  const { data } = await client.PATCH('/api/users/{id}', { params: { path: { id } }, body: input });
  return UserSchema.parse(data);
}

export async function deactivateUser(id: string, version: number): Promise<User> {
  const { data } = await client.POST('/api/users/{id}/deactivate', {
    params: { path: { id } },
    body: { version },
  });
  return UserSchema.parse(data);
}

/** A typed password, or none to have the API generate one (returned once). */
export async function resetUserPassword(id: string, password?: string): Promise<ResetUserPasswordResult> {
  const { data } = await client.POST('/api/users/{id}/password', {
    params: { path: { id } },
    body: password ? { password } : {},
  });
  return ResetUserPasswordResultSchema.parse(data);
}

export async function resetUserTotp(id: string): Promise<User> {
  const { data } = await client.POST('/api/users/{id}/totp/reset', { params: { path: { id } } });
  return UserSchema.parse(data);
}

export async function listUserSessions(id: string, signal?: AbortSignal): Promise<UserSessionList> {
  const { data } = await client.GET('/api/users/{id}/sessions', { params: { path: { id } }, signal });
  return UserSessionListSchema.parse(data);
}

export async function revokeUserSessions(id: string): Promise<number> {
  const { data } = await client.POST('/api/users/{id}/sessions/revoke', { params: { path: { id } } });
  return RevokedSessionsSchema.parse(data).revoked;
}

/** For pickers (the audit trail's "who"): the first 20 matches of a name or email. */
export async function searchUserOptions(q: string, signal: AbortSignal): Promise<EntityOption[]> {
  const page = await listUsers({ ...(q ? { q } : {}), pageSize: 20, sort: 'name', order: 'asc' }, signal);
  return page.items.map((u) => ({ id: u.id, label: u.name, description: u.email }));
}

export function useUserList(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => listUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string, enabled = true) {
  return useQuery({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => getUser(id, signal),
    enabled: enabled && id !== '',
  });
}

export function useUserSessions(id: string) {
  return useQuery({
    queryKey: userKeys.sessions(id),
    queryFn: ({ signal }) => listUserSessions(id, signal),
  });
}

/**
 * A strong password made in the browser (crypto.getRandomValues): 20 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), so it can be read out or typed from a screen.
 */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!';
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}
