import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AppealsController } from './appeals.controller';
import { AppealsService } from './appeals.service';
import { ChargesController } from './charges.controller';
import { ChargesService } from './charges.service';
import { HearingsController } from './hearings.controller';
import { HearingsService } from './hearings.service';
import { SentencesController } from './sentences.controller';
import { SentencesService } from './sentences.service';

/**
 * The legal process inside a case: charges, hearings, sentences, appeals. Every change goes
 * through the case-edit rule of the cases module (CaseAccess) and its reference checks.
 */
@Module({
  imports: [CasesModule],
  controllers: [ChargesController, HearingsController, SentencesController, AppealsController],
  providers: [ChargesService, HearingsService, SentencesService, AppealsService],
  exports: [ChargesService, HearingsService, SentencesService, AppealsService],
})
export class ProceedingsModule {}
