import { can, type Role } from '@habeas/shared';
import { loginAs, type UserSession } from '../../../test/auth-helpers';
import {
  loadOperations,
  mapLimit,
  type Operation,
  operationUrl,
  send,
} from '../../../test/openapi-operations';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { EXPECTED_PERMISSIONS, type ExpectedPermission } from './expected-permissions';

/**
 * Every operation of the OpenAPI document x (anonymous + every role), called with
 * placeholder input (random UUIDs for ids, an empty body). The AuthGuard answers before
 * any validation, so the status tells the permission: 401 without a session, 403 for a
 * role the operation is closed to, anything else (400, 404, 200...) for an allowed role.
 * No answer may be a 500.
 */
const ROLES: Role[] = ['admin', 'coordinator', 'researcher', 'viewer'];
/** Operations that end the caller's sessions: each call gets a user of its own. */
const ENDS_SESSION = new Set(['logout', 'logoutEverywhere']);
const CONCURRENCY = 6;

interface Call {
  op: Operation;
  who: Role | 'anonymous';
}

describe('permission matrix (every operation of the OpenAPI document x every role)', () => {
  let t: TestApp;
  let operations: Operation[];
  const sessions = {} as Record<Role, UserSession>;

  beforeAll(async () => {
    t = await createTestApp();
    operations = await loadOperations(t);
    for (const role of ROLES) sessions[role] = await loginAs(t, role);
  });
  afterAll(() => t.close());

  it('has a permission decision for every operation (add new ones to expected-permissions.ts)', () => {
    const missing = operations.filter((op) => !(op.operationId in EXPECTED_PERMISSIONS));
    const suggestion = missing
      .map((op) => `  ${op.operationId}: ?, // ${op.method.toUpperCase()} ${op.path}`)
      .join('\n');
    expect(missing.length === 0 ? '' : `Decide the permission of:\n${suggestion}`).toBe('');
    const ids = operations.map((op) => op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('answers each role as the table and can() say, and anonymous callers with 401', async () => {
    const calls: Call[] = operations
      .filter((op) => op.operationId in EXPECTED_PERMISSIONS)
      .flatMap((op) => [{ op, who: 'anonymous' as const }, ...ROLES.map((who) => ({ op, who }))]);
    const failures = (await mapLimit(calls, CONCURRENCY, (call) => check(call))).filter(
      (f): f is string => f !== null,
    );
    expect(failures).toEqual([]);
    // The table must not be stale either: every decision names a real operation.
    const known = new Set(operations.map((op) => op.operationId));
    expect(Object.keys(EXPECTED_PERMISSIONS).filter((id) => !known.has(id))).toEqual([]);
  });

  async function check({ op, who }: Call): Promise<string | null> {
    const expected = EXPECTED_PERMISSIONS[op.operationId]!;
    const session =
      who === 'anonymous'
        ? undefined
        : ENDS_SESSION.has(op.operationId)
          ? await loginAs(t, who)
          : sessions[who];
    const res = await send(t, op, operationUrl(op), session);
    const label = `${op.operationId} (${op.method.toUpperCase()} ${op.path}) as ${who}`;
    if (res.status >= 500) return `${label}: ${res.status} ${res.body?.code ?? ''}`;
    const allowed = isAllowed(expected, who);
    if (who === 'anonymous') {
      if (expected === 'public') {
        return res.status === 401 || res.status === 403
          ? `${label}: expected public, got ${res.status}`
          : null;
      }
      return res.status === 401 ? null : `${label}: expected 401, got ${res.status}`;
    }
    if (allowed && res.status === 403) return `${label}: expected access, got 403 ${res.body?.code ?? ''}`;
    if (!allowed && (res.status !== 403 || res.body?.code !== 'FORBIDDEN')) {
      return `${label}: expected 403 FORBIDDEN, got ${res.status} ${res.body?.code ?? ''}`;
    }
    return null;
  }
});

function isAllowed(expected: ExpectedPermission, who: Role | 'anonymous'): boolean {
  if (expected === 'public') return true;
  if (who === 'anonymous') return false;
  if (expected === 'authenticated') return true;
  return can(who, expected.action, expected.subject);
}
