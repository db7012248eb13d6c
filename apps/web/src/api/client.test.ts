import createClient from 'openapi-fetch';
import { jsonResponse, mockFetch } from '../test/render';
import { ApiError, csrfMiddleware, errorMiddleware, onUnauthenticated, setCsrfToken } from './client';

// A client over an untyped API, to exercise the middlewares with any method and path.
// biome-ignore lint/suspicious/noExplicitAny: test-only untyped paths
type AnyPaths = any;

function testClient() {
  const c = createClient<AnyPaths>({ baseUrl: 'http://localhost', fetch: (r) => globalThis.fetch(r) });
  c.use(csrfMiddleware, errorMiddleware);
  return c;
}

afterEach(() => setCsrfToken(null));

describe('API client', () => {
  it('sends x-csrf-token on mutations only', async () => {
    const seen: Array<[string, string | null]> = [];
    mockFetch((request) => {
      seen.push([request.method, request.headers.get('x-csrf-token')]);
      return jsonResponse({ ok: true });
    });
    setCsrfToken('tok-1');
    const c = testClient();
    await c.GET('/api/things', {});
    await c.POST('/api/things', { body: {} });
    await c.PATCH('/api/things/1', { body: {} });
    await c.DELETE('/api/things/1', {});
    expect(seen).toEqual([
      ['GET', null],
      ['POST', 'tok-1'],
      ['PATCH', 'tok-1'],
      ['DELETE', 'tok-1'],
    ]);
  });

  it('throws an ApiError with the parsed error body', async () => {
    const details = { current: { version: 4 } };
    mockFetch(() =>
      jsonResponse(
        { statusCode: 409, code: 'VERSION_CONFLICT', message: 'Changed by someone else', details },
        409,
      ),
    );
    const error = await testClient()
      .PATCH('/api/things/1', { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      statusCode: 409,
      code: 'VERSION_CONFLICT',
      message: 'Changed by someone else',
      details,
    });
  });

  it('copes with an error answer that is not in the API shape', async () => {
    mockFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await testClient()
      .GET('/api/things', {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 502, code: 'SERVICE_UNAVAILABLE', message: 'Bad Gateway' });
  });

  it('calls the unauthenticated hook on 401 UNAUTHENTICATED, not on TOTP challenges', async () => {
    const hook = jest.fn();
    const off = onUnauthenticated(hook);
    let code = 'UNAUTHENTICATED';
    mockFetch(() => jsonResponse({ statusCode: 401, code, message: 'Sign in' }, 401));
    await expect(testClient().GET('/api/things', {})).rejects.toBeInstanceOf(ApiError);
    expect(hook).toHaveBeenCalledTimes(1);

    code = 'TOTP_REQUIRED';
    await expect(testClient().POST('/api/auth/login', { body: {} })).rejects.toMatchObject({
      code: 'TOTP_REQUIRED',
    });
    expect(hook).toHaveBeenCalledTimes(1);

    off();
    code = 'UNAUTHENTICATED';
    await expect(testClient().GET('/api/things', {})).rejects.toBeInstanceOf(ApiError);
    expect(hook).toHaveBeenCalledTimes(1);
  });
});
