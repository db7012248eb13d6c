import { SetMetadata } from '@nestjs/common';
import { AppError } from '../../common/app-error';

/**
 * Mandatory two-factor login, for a user who has not enrolled yet.
 *
 * An administrator can set `totpRequired` on an account before its owner has an
 * authenticator. Refusing the login would lock the user out for good, so instead:
 *
 * 1. Login with the right password answers 200 as usual; the session is opened with
 *    totpVerified = false and `user.totpRequired && !user.totpEnabled` tells the web app
 *    to show the enrolment screen.
 * 2. While the account is in that state, SessionsService.resolve flags the session as
 *    `totpEnrolmentPending` and the AuthGuard lets it reach only the routes marked
 *    `@AllowedBeforeTotpEnrolment()`: GET/PATCH /auth/me, /auth/totp/setup,
 *    /auth/totp/enable, /auth/logout, /auth/logout-everywhere. Every other route answers
 *    403 with code TOTP_REQUIRED (403, not the 401 of the login form's "enter your code",
 *    so the web app does not take it for an ended session).
 * 3. /auth/totp/enable with a valid code turns TOTP on and marks THIS session verified;
 *    the user's other unverified sessions stop working (resolve rejects sessions of a
 *    TOTP-enabled user that never passed the second factor), and every later login
 *    needs the code.
 *
 * A session opened before the administrator set the requirement falls under the same
 * rule at its next request: the user is asked to enrol at once.
 */
export const ALLOWED_BEFORE_TOTP_ENROLMENT = 'habeas:allowed-before-totp-enrolment';

/** Marks a route a user with pending mandatory TOTP enrolment may still call. */
export const AllowedBeforeTotpEnrolment = () => SetMetadata(ALLOWED_BEFORE_TOTP_ENROLMENT, true);

/** 403 TOTP_REQUIRED: the shared code means "second factor needed"; 403 says the session itself is fine. */
export class TotpEnrolmentRequiredError extends AppError {
  constructor() {
    super(
      'TOTP_REQUIRED',
      'Your administrator requires two-factor login: set up your authenticator app first',
      { enrolmentRequired: true },
    );
  }

  override get statusCode(): number {
    return 403;
  }
}
