import { Module } from '@nestjs/common';
import { LegalProvisionsController } from './legal-provisions.controller';
import { LegalProvisionsService } from './legal-provisions.service';

/** The catalogue of statutes that charges refer to. */
@Module({
  controllers: [LegalProvisionsController],
  providers: [LegalProvisionsService],
  exports: [LegalProvisionsService],
})
export class LegalProvisionsModule {}
