import { ErrorCode, errorStatus, type FieldIssue } from '@habeas/shared';

/**
 * The one error type services throw. The global filter turns it into
 * `{ statusCode, code, message, details? }`; the status comes from the code.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get statusCode(): number {
    return errorStatus[this.code];
  }

  static notFound(entity: string, id?: string): AppError {
    return new AppError(
      ErrorCode.NOT_FOUND,
      id ? `${entity} ${id} was not found` : `${entity} was not found`,
    );
  }

  static validation(issues: FieldIssue[], message = 'The request is invalid'): AppError {
    return new AppError(ErrorCode.VALIDATION_FAILED, message, { issues });
  }

  static conflict(message: string, current: unknown): AppError {
    return new AppError(ErrorCode.VERSION_CONFLICT, message, { current });
  }

  static forbidden(message = 'You do not have permission to do this'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }
}
