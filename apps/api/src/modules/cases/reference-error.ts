import { ErrorCode } from '@habeas/shared';
import { AppError } from '../../common/app-error';

/**
 * A 400 for a reference to a record that does not exist, is deleted, is not visible to the
 * actor, or is of the wrong kind. It names the field both ways clients read it: `details.field`
 * (as the reference module does) and `details.issues` (as every other 400 does).
 */
export function invalidReference(field: string, message: string): AppError {
  return new AppError(ErrorCode.REFERENCE_INVALID, `Invalid ${field}: ${message}`, {
    field,
    issues: [{ path: field, message }],
  });
}
