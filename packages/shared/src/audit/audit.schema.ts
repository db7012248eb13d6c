import { z } from 'zod';
import { PageQuerySchema, pageOf, VersionedBodySchema } from '../common';

/** What an audit entry records (matches the database enum audit_action). */
export const AuditActionSchema = z.enum([
  'create',
  'update',
  'delete',
  'restore',
  'revert',
  'login',
  'login_failed',
  'logout',
  'export',
  'permission_denied',
  'merge',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** Audit entry ids are database BIGINTs, sent as decimal strings (JSON numbers lose precision). */
const MAX_BIGINT = BigInt('9223372036854775807');
export const AuditEntryIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, 'must be an audit entry number')
  .refine((id) => !/^\d+$/.test(id) || BigInt(id) <= MAX_BIGINT, 'must be an audit entry number');
export const AuditEntryIdParamSchema = z.strictObject({ id: AuditEntryIdSchema });

export const FieldChangeSchema = z.object({
  field: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown(),
  after: z.unknown(),
});

/** One line of the trail (lists): who did what to which record, and which fields changed. */
export const AuditEntrySchema = z.object({
  id: AuditEntryIdSchema,
  occurredAt: z.iso.datetime(),
  action: AuditActionSchema,
  /** The Prisma model name of the record: Person, LegalCase, CaseUpdate, User... */
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** Null for anonymous actions (a failed login) and for the system (demo data, first start). */
  actorId: z.uuid().nullable(),
  /** The actor's email when the entry was written (survives later renames). */
  actorEmail: z.string().nullable(),
  /** Top-level fields changed, without version and updatedAt. */
  changedFields: z.array(z.string()),
  details: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** One entry in full: the record before and after (as the reader may see them) and their difference. */
export const AuditEntryDetailSchema = AuditEntrySchema.extend({
  before: z.unknown(),
  after: z.unknown(),
  changes: z.array(FieldChangeSchema),
  requestId: z.string().nullable(),
  /** Personal data of the actor: administrators only (null for others). */
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** Whether POST /audit-entries/:id/revert can undo this entry (an update, or a delete). */
  revertible: z.boolean(),
});
export type AuditEntryDetail = z.infer<typeof AuditEntryDetailSchema>;

export const AuditEntryPageSchema = pageOf(AuditEntrySchema);

/** A date (whole day, UTC) or an exact instant. */
const InstantQuerySchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional();

export const AuditEntryListQuerySchema = PageQuerySchema.pick({ page: true, pageSize: true }).extend({
  entityType: z
    .string()
    .regex(/^[A-Za-z]{1,60}$/, 'must be a record type such as Person')
    .optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  action: AuditActionSchema.optional(),
  /** From this date (start of day, UTC) or instant, inclusive. */
  from: InstantQuerySchema,
  /** Up to this date (end of day, UTC) or instant, inclusive. */
  to: InstantQuerySchema,
});
export type AuditEntryListQuery = z.infer<typeof AuditEntryListQuerySchema>;

/** Names the CURRENT version of the record the revert will change (409 when someone changed it since). */
export const RevertAuditEntryInputSchema = VersionedBodySchema;
export type RevertAuditEntryInput = z.infer<typeof RevertAuditEntryInputSchema>;
