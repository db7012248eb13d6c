/**
 * Confidentiality applied to the audit trail itself: the before/after of an entry
 * hold the same data as the record, so a reader below the record's clearance must
 * not get it through the trail.
 * - Entries are hidden when the record is now at a level the reader may not see, or
 *   was at such a level in that entry's before or after (a record made public later
 *   still had restricted content then).
 * - Visible entries are redacted like API responses: policy.redact at the top, and the
 *   same sensitive fields, invisible nested records and protected source identities
 *   removed at any depth (a person's detail nests detention periods and sources).
 * - Account entries (User, Session) belong to user administration: only readers who
 *   may read 'User' see them.
 */
import { Prisma } from '@habeas/db';
import { type Confidentiality, ConfidentialitySchema, can } from '@habeas/shared';
import type { Actor } from '../../common/actor';
import { type PolicyService, SENSITIVE_FIELDS } from '../policy/policy.service';
import { type ModelInfo, modelInfo } from './record-columns';

const ACCOUNT_ENTITIES = ['User', 'Session'];
const ALL_SENSITIVE = new Set(Object.values(SENSITIVE_FIELDS).flat());
const IDENTITY_FIELDS = ['author', 'contact'];
const UUID_TEXT = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Models with a record-level confidentiality column, from the DMMF (computed once). */
let confidential: ModelInfo[] | undefined;
function confidentialModels(): ModelInfo[] {
  confidential ??= Prisma.dmmf.datamodel.models
    .map((m) => modelInfo(m.name)!)
    .filter(
      (m) =>
        m.dbName &&
        m.fields.some((f) => f.name === 'confidentiality' && f.kind === 'enum') &&
        m.fields.some((f) => f.name === 'id' && f.type === 'String'),
    );
  return confidential;
}

/** Levels this reader may not see; empty for readers who see everything. */
export function hiddenLevels(policy: PolicyService, actor: Actor): Confidentiality[] {
  return ConfidentialitySchema.options.filter((level) => !policy.canSee(actor, level));
}

/** SQL conditions (on `audit_entries a`) that keep only the entries this reader may see. */
export function visibleEntriesSql(policy: PolicyService, actor: Actor): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (!can(actor.role, 'read', 'User')) {
    conditions.push(Prisma.sql`a.entity_type NOT IN (${Prisma.join(ACCOUNT_ENTITIES)})`);
  }
  const hidden = hiddenLevels(policy, actor);
  if (hidden.length) {
    const levels = Prisma.join(hidden);
    conditions.push(
      Prisma.sql`COALESCE(a.before->>'confidentiality', '') NOT IN (${levels})`,
      Prisma.sql`COALESCE(a.after->>'confidentiality', '') NOT IN (${levels})`,
    );
    const nowHidden = confidentialModels().map(
      (m) => Prisma.sql`(a.entity_type = ${m.name} AND EXISTS (
        SELECT 1 FROM ${Prisma.raw(`"${m.dbName}"`)} r
        WHERE r.id = (CASE WHEN a.entity_id ~ ${UUID_TEXT} THEN a.entity_id::uuid END)
          AND r.confidentiality::text IN (${levels})))`,
    );
    if (nowHidden.length) conditions.push(Prisma.sql`NOT (${Prisma.join(nowHidden, ' OR ')})`);
  }
  return conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}

/** The before/after of an entry as this reader may see it. */
export function redactAuditRecord(
  policy: PolicyService,
  actor: Actor,
  entityType: string,
  value: unknown,
): unknown {
  if (hiddenLevels(policy, actor).length === 0 || !isRecord(value)) return value;
  return scrub(policy, actor, policy.redact(actor, entityType, value));
}

function scrub(policy: PolicyService, actor: Actor, value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .filter((item) => !isHiddenRecord(policy, actor, item))
      .map((item) => scrub(policy, actor, item));
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  const identityHidden =
    typeof value.identityConfidentiality === 'string' &&
    !policy.canSee(actor, value.identityConfidentiality as Confidentiality);
  for (const [key, item] of Object.entries(value)) {
    if (ALL_SENSITIVE.has(key) || (identityHidden && IDENTITY_FIELDS.includes(key))) continue;
    out[key] = isHiddenRecord(policy, actor, item) ? null : scrub(policy, actor, item);
  }
  return out;
}

function isHiddenRecord(policy: PolicyService, actor: Actor, value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.confidentiality === 'string' &&
    ConfidentialitySchema.safeParse(value.confidentiality).success &&
    !policy.canSee(actor, value.confidentiality as Confidentiality)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
