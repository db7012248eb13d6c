import {
  type ChangeOwnPasswordInput,
  type CurrentUser,
  CurrentUserSchema,
  type SessionInfo,
  type TotpSetup,
  TotpSetupSchema,
  type UpdateOwnProfileInput,
} from '@habeas/shared';
import type { QueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';
import { sessionQueryKey } from '../auth/session-api';

/** The signed-in user's own account: name, language, password, two-step verification. */

export async function updateOwnProfile(input: UpdateOwnProfileInput): Promise<CurrentUser> {
  const { data } = await client.PATCH('/api/auth/me', { body: input });
  return CurrentUserSchema.parse(data);
}

/** The other sessions of the user end; this one stays. */
export async function changeOwnPassword(input: ChangeOwnPasswordInput): Promise<void> {
  await client.POST('/api/auth/password', { body: input });
}

export async function setupTotp(): Promise<TotpSetup> {
  const { data } = await client.POST('/api/auth/totp/setup');
  return TotpSetupSchema.parse(data);
}

export async function enableTotp(code: string): Promise<CurrentUser> {
  const { data } = await client.POST('/api/auth/totp/enable', { body: { code } });
  return CurrentUserSchema.parse(data);
}

export async function disableTotp(code: string): Promise<CurrentUser> {
  const { data } = await client.POST('/api/auth/totp/disable', { body: { code } });
  return CurrentUserSchema.parse(data);
}

/** Puts the user the API answered into the session, so the header and every page show it at once. */
export function storeCurrentUser(queryClient: QueryClient, user: CurrentUser): void {
  queryClient.setQueryData<SessionInfo | null>(sessionQueryKey, (info) => (info ? { ...info, user } : info));
}
