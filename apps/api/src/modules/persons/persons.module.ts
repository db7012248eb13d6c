import { Module } from '@nestjs/common';
import { AffiliationsController } from './affiliations.controller';
import { AffiliationsService } from './affiliations.service';
import { DetentionPeriodsController } from './detention-periods.controller';
import { DetentionPeriodsService } from './detention-periods.service';
import { PersonAccess } from './person-access.service';
import { PersonDetailReader } from './person-detail.reader';
import { PersonStatusFilter } from './person-status.filter';
import { PersonsController } from './persons.controller';
import { PersonsService } from './persons.service';
import { SentenceTermFilter } from './sentence-term.filter';

/**
 * Persons and what hangs off them directly: name variants, affiliations, detention periods, and
 * the derived status. Charges, sentences and appeals belong to the proceedings of a case; the
 * person page only reads them.
 */
@Module({
  controllers: [PersonsController, AffiliationsController, DetentionPeriodsController],
  providers: [
    PersonsService,
    AffiliationsService,
    DetentionPeriodsService,
    PersonAccess,
    PersonDetailReader,
    PersonStatusFilter,
    SentenceTermFilter,
  ],
  exports: [PersonsService, PersonAccess],
})
export class PersonsModule {}
