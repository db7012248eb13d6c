import {
  AffiliationSchema,
  CreateAffiliationInputSchema,
  UpdateAffiliationInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { AffiliationsService } from './affiliations.service';

class AffiliationDto extends createZodDto(AffiliationSchema) {}
class CreateAffiliationDto extends createZodDto(CreateAffiliationInputSchema) {}
class UpdateAffiliationDto extends createZodDto(UpdateAffiliationInputSchema) {}

/** A person's affiliations: added under the person, then changed by their own id. */
@ApiTags('persons')
@Controller()
export class AffiliationsController {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Can('create', 'CaseData')
  @Post('persons/:id/affiliations')
  @ApiCreatedResponse({ type: AffiliationDto })
  addAffiliation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: CreateAffiliationDto,
  ) {
    return this.affiliations.addAffiliation(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Patch('affiliations/:id')
  @ApiOkResponse({ type: AffiliationDto })
  updateAffiliation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: UpdateAffiliationDto,
  ) {
    return this.affiliations.updateAffiliation(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete('affiliations/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteAffiliation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.affiliations.deleteAffiliation(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post('affiliations/:id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: AffiliationDto })
  restoreAffiliation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.affiliations.restoreAffiliation(actor, id, version);
  }
}
