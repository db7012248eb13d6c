import type { Prisma } from '@habeas/db';
import type { Attachment } from '@habeas/shared';
import { recordMeta } from '../proceedings/record-view';

export const attachmentInclude = {
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.AttachmentInclude;

export type AttachmentRow = Prisma.AttachmentGetPayload<{ include: typeof attachmentInclude }>;

/**
 * Database row -> API shape (also what the audit trail records). The storage key stays out: where
 * a file lies in the store is nobody's business but the store's.
 */
export function toAttachment(row: AttachmentRow): Attachment {
  return {
    ...recordMeta(row),
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    personId: row.personId,
    sourceId: row.sourceId,
    caseUpdateId: row.caseUpdateId,
    createdBy: row.createdBy,
  };
}
