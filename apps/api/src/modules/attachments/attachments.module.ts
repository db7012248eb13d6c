import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module';
import { AttachmentOwners } from './attachment-owners';
import { AttachmentStore } from './attachment-store';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { PersonPhotoController } from './person-photo.controller';
import { PersonPhotoService } from './person-photo.service';

/**
 * Files attached to persons, sources and case updates (the file store and the records that
 * describe its files), and the person's photo, which is one of those files.
 */
@Module({
  imports: [PersonsModule],
  controllers: [AttachmentsController, PersonPhotoController],
  providers: [AttachmentsService, AttachmentOwners, AttachmentStore, PersonPhotoService],
})
export class AttachmentsModule {}
