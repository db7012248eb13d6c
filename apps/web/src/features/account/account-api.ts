import {
  type ChangeOwnPasswordInput,
  type CurrentUser,
  CurrentUserSchema,
  type UpdateOwnProfileInput,
} from '@habeas/shared';
import { client } from '../../api/client';

/** The signed-in user's own account: name, language, password, two-step verification. */

export async function updateOwnProfile(input: UpdateOwnProfileInput): Promise<CurrentUser> {
  const { data } = await client.PATCH('/api/auth/me', { body: input });
  return CurrentUserSchema.parse(data);
}

/** The other sessions of the user end; this one stays. */
export async function changeOwnPassword(input: ChangeOwnPasswordInput): Promise<void> {
  await client.POST('/api/auth/password', { body: input });
}

/** Enrolment is shared with the sign-in flow (an administrator may require it before anything else). */
export { enableTotp, setupTotp } from '../auth/session-api';

export async function disableTotp(code: string): Promise<CurrentUser> {
  const { data } = await client.POST('/api/auth/totp/disable', { body: { code } });
  return CurrentUserSchema.parse(data);
}
