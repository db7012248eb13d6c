import type { Readable } from 'node:stream';
import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type Attachment,
  AttachmentIssueCode,
  type AttachmentList,
  type AttachmentListQuery,
  type Confidentiality,
  type FieldIssue,
  UploadAttachmentFieldsSchema,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { updateWithVersion } from '../../common/versioned';
import { CONFIG } from '../../config/config.module';
import type { Config } from '../../config/config.schema';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { type AttachmentRow, attachmentInclude, toAttachment } from './attachment.mapper';
import { AttachmentOwners, type OwnerRef } from './attachment-owners';
import { AttachmentStore } from './attachment-store';
import { detectAttachmentType } from './file-type';
import { FILE_FIELD, type MultipartUpload, readMultipartUpload } from './multipart-upload';

const ENTITY = 'Attachment';
type Tx = Prisma.TransactionClient;

/** The longest file name kept (the rest of a longer one is cut, its ending kept). */
const MAX_FILE_NAME = 255;

export interface AttachmentDownload {
  stream: Readable;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/**
 * Files of the case file: uploaded to exactly one person, source or case update, listed and
 * downloaded under the rules of both the file's own level and its owner's, soft-deleted and
 * restored like every record. The bytes live in the AttachmentStore; a row is written only for
 * a file that is safely in place, and a file is kept only when its row is written.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    @Inject(CONFIG) private readonly config: Config,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly owners: AttachmentOwners,
    private readonly store: AttachmentStore,
  ) {}

  async list(actor: Actor, owner: OwnerRef, query: AttachmentListQuery): Promise<AttachmentList> {
    await this.owners.visible(this.prisma, actor, owner, true);
    const rows = await this.prisma.attachment.findMany({
      where: {
        ...({ [owner.field]: owner.id } as Prisma.AttachmentWhereInput),
        ...this.policy.visibleWhere(actor, query.includeDeleted),
      },
      include: attachmentInclude,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    });
    return { items: rows.map(toAttachment) };
  }

  async get(actor: Actor, id: string): Promise<Attachment> {
    return toAttachment(await this.findVisible(this.prisma, actor, id, true));
  }

  async openDownload(actor: Actor, id: string): Promise<AttachmentDownload> {
    const row = await this.findVisible(this.prisma, actor, id, false);
    const stream = await this.store.open(row.storageKey);
    // A row whose file is missing (a restore without the files): the same answer as no file.
    if (!stream) throw AppError.notFound('Attachment file', id);
    return { stream, fileName: row.fileName, mimeType: row.mimeType, sizeBytes: row.sizeBytes };
  }

  async upload(actor: Actor, request: FastifyRequest): Promise<Attachment> {
    const upload = await readMultipartUpload(request, this.store, this.config.maxUploadBytes);
    let storageKey: string | undefined;
    try {
      const { owner, confidentiality, mimeType, fileName } = this.checkUpload(upload);
      return await this.prisma.$transaction(async (tx) => {
        const found = await this.owners.visible(tx, actor, owner, false);
        await this.owners.assertCanEdit(tx, actor, found);
        storageKey = await this.store.keep(upload.file);
        const created = await tx.attachment.create({
          data: {
            personId: owner.field === 'personId' ? owner.id : null,
            sourceId: owner.field === 'sourceId' ? owner.id : null,
            caseUpdateId: owner.field === 'caseUpdateId' ? owner.id : null,
            fileName,
            mimeType,
            sizeBytes: upload.file.sizeBytes,
            sha256: upload.file.sha256,
            storageKey,
            confidentiality: levelFor(confidentiality, found.confidentiality),
            createdById: actor.userId,
          },
          include: attachmentInclude,
        });
        const attachment = toAttachment(created);
        await this.audit.record(tx, actor, {
          action: 'create',
          entityType: ENTITY,
          entityId: created.id,
          after: attachment,
        });
        return attachment;
      });
    } catch (error) {
      // Nothing of a failed upload stays behind: neither the temporary file nor a kept one.
      await (storageKey ? this.store.remove(storageKey) : this.store.discard(upload.file.tmpPath));
      throw error;
    }
  }

  async remove(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id, false);
      await updateWithVersion(tx.attachment, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toAttachment(before),
      });
    });
  }

  async restore(actor: Actor, id: string, version: number): Promise<Attachment> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id, true);
      if (!before.deletedAt) {
        throw AppError.conflict('The attachment is not deleted', toAttachment(before));
      }
      await updateWithVersion(tx.attachment, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = await tx.attachment.findUniqueOrThrow({ where: { id }, include: attachmentInclude });
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toAttachment(before),
        after: toAttachment(after),
      });
      return toAttachment(after);
    });
  }

  /** The fields and the file, checked together so the client hears of every problem at once. */
  private checkUpload(upload: MultipartUpload) {
    const issues: FieldIssue[] = [];
    const parsed = UploadAttachmentFieldsSchema.safeParse(upload.fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: ['body', ...issue.path].join('.'), message: issue.message, code: issue.code });
      }
    }
    const fileName = cleanFileName(upload.file.fileName);
    const mimeType = detectAttachmentType(upload.file.head, upload.file.declaredType, fileName);
    if (upload.file.sizeBytes === 0) {
      issues.push({ path: `body.${FILE_FIELD}`, message: 'is empty', code: AttachmentIssueCode.FILE_EMPTY });
    } else if (!mimeType) {
      issues.push({
        path: `body.${FILE_FIELD}`,
        message:
          'is not an allowed kind of file, or its content is not what its type or name says ' +
          '(allowed: JPEG, PNG, WebP, PDF, plain text, DOCX, XLSX, ODT, common audio and video)',
        code: AttachmentIssueCode.FILE_TYPE_NOT_ALLOWED,
      });
    }
    if (issues.length > 0 || !parsed.success || !mimeType) throw AppError.validation(issues);
    const { confidentiality, ...owners } = parsed.data;
    const [field, id] = Object.entries(owners).find(([, value]) => value !== undefined)!;
    return { owner: { field, id } as OwnerRef, confidentiality, mimeType, fileName };
  }

  /** The attachment, if the actor may see it and its owner (404 otherwise). */
  private async findVisible(client: Tx, actor: Actor, id: string, includeDeleted: boolean) {
    const row = await client.attachment.findUnique({ where: { id }, include: attachmentInclude });
    const visible = this.policy.assertVisible(actor, row, ENTITY, id);
    if (visible.deletedAt && (!includeDeleted || actor.role === 'viewer'))
      throw AppError.notFound(ENTITY, id);
    const owner = this.owners.refOf(visible);
    if (owner) {
      await this.owners.visible(client, actor, owner, true).catch(() => {
        throw AppError.notFound(ENTITY, id);
      });
    } else if (!this.policy.canSee(actor, 'restricted')) {
      // A file whose record is gone: only those cleared for everything may still see it.
      throw AppError.notFound(ENTITY, id);
    }
    return visible;
  }

  private async findEditable(
    tx: Tx,
    actor: Actor,
    id: string,
    includeDeleted: boolean,
  ): Promise<AttachmentRow> {
    const row = await this.findVisible(tx, actor, id, includeDeleted);
    const ref = this.owners.refOf(row);
    if (ref) {
      const owner = await this.owners.visible(tx, actor, ref, true);
      await this.owners.assertCanEdit(tx, actor, owner, row.createdById);
    } else {
      this.policy.assertCanEdit(actor, { caseIds: [] });
    }
    return row;
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<Attachment | null> {
    const row = await this.prisma.attachment.findUnique({
      where: { id: (current as { id: string }).id },
      include: attachmentInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toAttachment(row) : null;
  }
}

const RANK: Record<Confidentiality, number> = { public: 0, internal: 1, restricted: 2 };

/**
 * A file is never less protected than the record it documents (its name and contents would
 * otherwise reach, through the audit trail, readers who may not see the record): a lower level is
 * raised to the owner's. Without a choice: the owner's level, and at least internal.
 */
function levelFor(chosen: Confidentiality | undefined, ownerLevel: Confidentiality): Confidentiality {
  if (chosen === undefined) return ownerLevel === 'public' ? 'internal' : ownerLevel;
  return RANK[chosen] < RANK[ownerLevel] ? ownerLevel : chosen;
}

/**
 * The name as the user knows it, minus what must not be in a name: folders (some browsers send
 * `C:\\fakepath\\x`), control characters; never empty, at most 255 characters (ending kept).
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'file';
  if (name.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf('.');
  const ending = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return name.slice(0, MAX_FILE_NAME - ending.length) + ending;
}
