import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { VersionSchema } from '../common';
import { RecordMetaSchema } from '../domain';

/**
 * A file kept with the case file (a court document, a photo, a recording), attached to exactly
 * one person, source or case update. Readers see it only when they may see both the file's own
 * level and its owner. Where the bytes are stored is never part of the API.
 */
export const AttachmentSchema = RecordMetaSchema.extend({
  /** The original file name, as uploaded (shown, and used for the download). */
  fileName: z.string(),
  /** Decided by the server from the content (see ATTACHMENT_TYPES). */
  mimeType: z.string(),
  sizeBytes: z.number().int().min(0),
  /** Lowercase hex SHA-256 of the content: lets anyone check a copy is identical. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  personId: z.uuid().nullable(),
  sourceId: z.uuid().nullable(),
  caseUpdateId: z.uuid().nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const AttachmentListSchema = z.object({ items: z.array(AttachmentSchema) });
export type AttachmentList = z.infer<typeof AttachmentListSchema>;

export const AttachmentListQuerySchema = z.strictObject({
  /** Also list deleted files (for restoring them); ignored for viewers. */
  includeDeleted: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type AttachmentListQuery = z.infer<typeof AttachmentListQuerySchema>;

/** The owner kinds, in the order their id fields are checked. */
export const ATTACHMENT_OWNER_FIELDS = ['personId', 'sourceId', 'caseUpdateId'] as const;
export type AttachmentOwnerField = (typeof ATTACHMENT_OWNER_FIELDS)[number];

/**
 * The text fields of a multipart upload (the file itself is the part named `file`). Exactly one
 * owner. `confidentiality` defaults to the owner's level (at least `internal`); a level below the
 * owner's is raised to it, since a file is never less protected than the record it documents.
 */
export const UploadAttachmentFieldsSchema = z
  .strictObject({
    personId: z.uuid().optional(),
    sourceId: z.uuid().optional(),
    caseUpdateId: z.uuid().optional(),
    confidentiality: ConfidentialitySchema.optional(),
  })
  .superRefine((fields, ctx) => {
    const given = ATTACHMENT_OWNER_FIELDS.filter((f) => fields[f] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [given[1] ?? 'personId'],
        message: 'give exactly one of personId, sourceId, caseUpdateId',
      });
    }
  });
export type UploadAttachmentFields = z.infer<typeof UploadAttachmentFieldsSchema>;

/** PUT /persons/:id/photo: one of the person's image attachments, or null to remove the photo. */
export const SetPersonPhotoInputSchema = z.strictObject({
  attachmentId: z.uuid().nullable(),
  /** The person's version (the photo is part of the person record). */
  version: VersionSchema,
});
export type SetPersonPhotoInput = z.infer<typeof SetPersonPhotoInputSchema>;
