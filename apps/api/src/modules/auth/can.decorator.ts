import type { Action, Subject } from '@habeas/shared';
import { SetMetadata } from '@nestjs/common';

export const PERMISSION = 'habeas:permission';
export type Permission = { action: Action; subject: Subject } | 'authenticated';

/** What a route needs, read like a sentence: `@Can('update', 'CaseData')`. Enforced by the AuthGuard. */
export const Can = (action: Action, subject: Subject) =>
  SetMetadata(PERMISSION, { action, subject } satisfies Permission);

/** Any logged-in user, whatever the role (their own session, their own profile). */
export const Authenticated = () => SetMetadata(PERMISSION, 'authenticated' satisfies Permission);
