import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access.service';
import { CaseDetailReader } from './case-detail.reader';
import { CaseLinksController } from './case-links.controller';
import { CaseLinksService } from './case-links.service';
import { CaseReferences } from './case-references.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

/**
 * Legal cases and their links. Exports the case-edit rule (CaseAccess) and the reference checks
 * (CaseReferences) that the proceedings module applies to charges, hearings, sentences and appeals.
 */
@Module({
  controllers: [CasesController, CaseLinksController],
  providers: [CasesService, CaseLinksService, CaseAccess, CaseReferences, CaseDetailReader],
  exports: [CasesService, CaseAccess, CaseReferences],
})
export class CasesModule {}
