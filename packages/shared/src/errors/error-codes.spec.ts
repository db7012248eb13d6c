import { ErrorBodySchema, ErrorCode, errorStatus } from '.';

describe('error codes', () => {
  it('gives every code an HTTP status', () => {
    for (const code of Object.values(ErrorCode)) expect(errorStatus[code]).toBeGreaterThanOrEqual(400);
  });

  it('accepts the documented error shape and refuses an unknown code', () => {
    expect(
      ErrorBodySchema.safeParse({ statusCode: 409, code: 'VERSION_CONFLICT', message: 'stale' }).success,
    ).toBe(true);
    expect(ErrorBodySchema.safeParse({ statusCode: 400, code: 'OOPS', message: 'x' }).success).toBe(false);
  });
});
