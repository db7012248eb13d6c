import { type ErrorBody, ErrorBodySchema, ErrorCode } from '@habeas/shared';

/** HTTP statuses answered by something other than the API's error filter (a proxy, a crash page). */
function fallbackCode(status: number): ErrorCode {
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.ROUTE_NOT_FOUND;
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 429) return ErrorCode.RATE_LIMITED;
  if (status === 502 || status === 503 || status === 504) return ErrorCode.SERVICE_UNAVAILABLE;
  return status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
}

/**
 * A non-2xx answer from the API, in the one error shape `{ statusCode, code, message, details? }`.
 * Branch on `code`, never on `message`. `body` keeps the raw parsed body for the rare endpoint whose
 * error answer carries data (GET /api/health answers 503 with a health report when degraded).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly statusCode: number;
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly requestId: string | undefined;
  readonly body: unknown;

  constructor(error: ErrorBody, body: unknown = error) {
    super(error.message);
    this.statusCode = error.statusCode;
    this.code = error.code;
    this.details = error.details;
    this.requestId = error.requestId;
    this.body = body;
  }

  /** Builds the error from a response, whatever its body looks like. */
  static async fromResponse(response: Response): Promise<ApiError> {
    let body: unknown;
    try {
      const text = await response.clone().text();
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const parsed = ErrorBodySchema.safeParse(body);
    if (parsed.success) return new ApiError(parsed.data, body);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    return new ApiError(
      {
        statusCode: response.status,
        code: fallbackCode(response.status),
        message: response.statusText || `HTTP ${response.status}`,
        ...(requestId ? { requestId } : {}),
      },
      body,
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
