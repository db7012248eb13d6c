import type { Type } from '@nestjs/common';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuditTrailModule } from './audit-trail/audit-trail.module';
import { CaseUpdatesModule } from './case-updates/case-updates.module';
import { CasesModule } from './cases/cases.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { EventsModule } from './events/events.module';
import { ExportsModule } from './exports/exports.module';
import { JobsModule } from './jobs/jobs.module';
import { LegalProvisionsModule } from './legal-provisions/legal-provisions.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PersonsModule } from './persons/persons.module';
import { ProceedingsModule } from './proceedings/proceedings.module';
import { SavedSearchesModule } from './saved-searches/saved-searches.module';
import { SearchModule } from './search/search.module';
import { SourcesModule } from './sources/sources.module';
import { StatisticsModule } from './statistics/statistics.module';
import { UsersModule } from './users/users.module';

/**
 * The feature modules of the case file, one per area. Each lives in its own
 * folder under modules/ and owns its controller, service, DTOs and tests.
 */
export const FEATURE_MODULES: Type[] = [
  OrganisationsModule,
  UsersModule,
  AuditTrailModule,
  LegalProvisionsModule,
  CasesModule,
  ProceedingsModule,
  EventsModule,
  SourcesModule,
  CaseUpdatesModule,
  DeadlinesModule,
  PersonsModule,
  AttachmentsModule,
  SearchModule,
  SavedSearchesModule,
  JobsModule,
  ExportsModule,
  DossiersModule,
  StatisticsModule,
];
