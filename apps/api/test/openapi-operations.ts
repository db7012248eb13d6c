/**
 * The operations of the API as its own OpenAPI document lists them, for tests that
 * must cover every endpoint (permission matrix, confidentiality canary): a new
 * endpoint joins them without anyone remembering to add it.
 */
import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import type { TestApp } from './test-app';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  anyOf?: JsonSchema[];
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI template, e.g. /api/organisations/{id} */
  path: string;
  parameters: OperationParameter[];
  hasBody: boolean;
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of GET /api/openapi.json, sorted by path then method. */
export async function loadOperations(t: TestApp): Promise<Operation[]> {
  const res = await t.http().get('/api/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  const paths = res.body.paths as Record<string, Record<string, Record<string, unknown>>>;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      operations.push({
        operationId: String(op.operationId ?? `${method} ${path}`),
        method,
        path,
        parameters: (op.parameters as OperationParameter[] | undefined) ?? [],
        hasBody: Boolean(op.requestBody),
      });
    }
  }
  return operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export function pathParameters(op: Operation): string[] {
  return op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
}

/**
 * The operation's URL with its path parameters filled by `fill` (default: a random UUID
 * for ids, 'placeholder' otherwise) and its required query parameters given plausible
 * values, plus `extraQuery`.
 */
export function operationUrl(
  op: Operation,
  fill: (name: string) => string = placeholderPathValue,
  extraQuery: Record<string, string> = {},
): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(fill(name)));
  const query = new URLSearchParams(extraQuery);
  for (const p of op.parameters) {
    if (p.in === 'query' && p.required && !query.has(p.name)) query.set(p.name, placeholderValue(p.schema));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function placeholderPathValue(name: string): string {
  return /id$/i.test(name) ? randomUUID() : 'placeholder';
}

function placeholderValue(schema: JsonSchema | undefined): string {
  const s = schema?.anyOf?.[0] ?? schema ?? {};
  if (s.enum?.length) return String(s.enum[0]);
  if (s.type === 'integer' || s.type === 'number') return String(s.minimum ?? 1);
  if (s.type === 'boolean') return 'true';
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'date') return '2012-01-01';
  if (s.format === 'date-time') return '2012-01-01T00:00:00.000Z';
  return 'x';
}

/** Sends a request for `op` (an empty JSON body where one is expected), optionally as a session. */
export function send(
  t: TestApp,
  op: Operation,
  url: string,
  session?: { cookie: string; csrfToken: string },
): request.Test {
  let req = t.http()[op.method](url);
  if (session) req = req.set('cookie', session.cookie).set('x-csrf-token', session.csrfToken);
  return op.hasBody ? req.send({}) : req;
}

/** Runs `work` over `items` with at most `limit` at a time (the machines have 2 cores). */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
