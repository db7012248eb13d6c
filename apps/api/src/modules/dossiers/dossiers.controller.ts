import { DATE_LOCALES } from '@habeas/shared';
import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { attachment } from '../exports/export-files';
import { DossiersService } from './dossiers.service';

class DossierQueryDto extends createZodDto(z.strictObject({ lang: z.enum(DATE_LOCALES).default('en') })) {}

/** PDF dossiers: a person's or a case's file on paper. Exports, so they need the export permission. */
@ApiTags('dossiers')
@Controller()
export class DossiersController {
  constructor(private readonly dossiers: DossiersService) {}

  @Can('export', 'CaseData')
  @Get('persons/:id/dossier.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF dossier' })
  async downloadPersonDossier(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { lang }: DossierQueryDto,
  ) {
    const file = await this.dossiers.personDossier(actor, id, lang);
    return new StreamableFile(file.buffer, {
      type: 'application/pdf',
      disposition: attachment(file.fileName),
    });
  }

  @Can('export', 'CaseData')
  @Get('cases/:id/dossier.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF dossier' })
  async downloadCaseDossier(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { lang }: DossierQueryDto,
  ) {
    const file = await this.dossiers.caseDossier(actor, id, lang);
    return new StreamableFile(file.buffer, {
      type: 'application/pdf',
      disposition: attachment(file.fileName),
    });
  }
}
