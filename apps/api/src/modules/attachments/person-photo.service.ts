import { PrismaClient } from '@habeas/db';
import { isImageMimeType, type PersonDetail, type SetPersonPhotoInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { personInclude, toPerson } from '../persons/person.mapper';
import { PersonAccess } from '../persons/person-access.service';
import { PersonsService } from '../persons/persons.service';
import { PolicyService } from '../policy/policy.service';

/**
 * A person's photo is one of their own image attachments. Choosing it changes the person record
 * (version-checked and audited as a person update); the file itself keeps its own level, so a
 * reader who may not see that file sees no photo.
 */
@Injectable()
export class PersonPhotoService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: PersonAccess,
    private readonly persons: PersonsService,
  ) {}

  async setPersonPhoto(actor: Actor, personId: string, input: SetPersonPhotoInput): Promise<PersonDetail> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.access.editablePerson(tx, actor, personId);
      if (input.attachmentId) {
        const file = await tx.attachment.findUnique({ where: { id: input.attachmentId } });
        if (
          !file ||
          file.personId !== personId ||
          file.deletedAt ||
          !this.policy.canSee(actor, file.confidentiality)
        ) {
          throw AppError.validation([{ path: 'body.attachmentId', message: 'is not a file of this person' }]);
        }
        if (!isImageMimeType(file.mimeType)) {
          throw AppError.validation([{ path: 'body.attachmentId', message: 'is not an image' }]);
        }
      }
      await updateWithVersion(
        tx.person,
        personId,
        input.version,
        { photoAttachmentId: input.attachmentId },
        (current) => this.describeCurrent(actor, current),
      );
      const after = await tx.person.findUniqueOrThrow({ where: { id: personId }, include: personInclude });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: 'Person',
        entityId: personId,
        before: { ...toPerson(before), photoAttachmentId: before.photoAttachmentId },
        after: { ...toPerson(after), photoAttachmentId: after.photoAttachmentId },
      });
    });
    return this.persons.getPerson(actor, personId);
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<PersonDetail | null> {
    const row = current as { id: string; confidentiality: 'public' | 'internal' | 'restricted' };
    return this.policy.canSee(actor, row.confidentiality) ? this.persons.getPerson(actor, row.id) : null;
  }
}
