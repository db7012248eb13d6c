import { jsonResponse, mockFetch } from './render';

export interface MockRequest {
  request: Request;
  url: URL;
  /** `:name` segments of the matched pattern. */
  params: Record<string, string>;
  /** The parsed JSON body (undefined when there is none). */
  body: unknown;
}

export type MockHandler = (call: MockRequest) => Response | Promise<Response>;

function match(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = got[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

/**
 * Answers fetch by route, at the boundary: `mockApi({ 'GET /api/organisations/:id': ({ params }) =>
 * jsonResponse(...) })`. Unmatched requests get the API's 404 shape. `calls` records every request
 * (with its parsed body) so a test can check what the app sent.
 */
export function mockApi(handlers: Record<string, MockHandler>) {
  const calls: MockRequest[] = [];
  const spy = mockFetch(async (request) => {
    const url = new URL(request.url);
    const text = await request.clone().text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    for (const [key, handler] of Object.entries(handlers)) {
      const [method, pattern = ''] = key.split(' ');
      if (method !== request.method) continue;
      const params = match(pattern, url.pathname);
      if (!params) continue;
      const call = { request, url, params, body };
      calls.push(call);
      return handler(call);
    }
    calls.push({ request, url, params: {}, body });
    return jsonResponse(
      { statusCode: 404, code: 'ROUTE_NOT_FOUND', message: `No mock for ${request.method} ${url.pathname}` },
      404,
    );
  });
  return {
    spy,
    calls,
    /** The requests to one method and path (exact pathname). */
    callsTo: (method: string, pathname: string) =>
      calls.filter((c) => c.request.method === method && c.url.pathname === pathname),
  };
}

/** An API error answer in the one error shape. */
export function apiError(statusCode: number, code: string, message: string, details?: unknown): Response {
  return jsonResponse(
    { statusCode, code, message, ...(details === undefined ? {} : { details }) },
    statusCode,
  );
}
