import {
  CreateLegalProvisionInputSchema,
  LegalProvisionListQuerySchema,
  LegalProvisionPageSchema,
  LegalProvisionSchema,
  UpdateLegalProvisionInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { LegalProvisionsService } from './legal-provisions.service';

class LegalProvisionDto extends createZodDto(LegalProvisionSchema) {}
class LegalProvisionPageDto extends createZodDto(LegalProvisionPageSchema) {}
class LegalProvisionListQueryDto extends createZodDto(LegalProvisionListQuerySchema) {}
class CreateLegalProvisionDto extends createZodDto(CreateLegalProvisionInputSchema) {}
class UpdateLegalProvisionDto extends createZodDto(UpdateLegalProvisionInputSchema) {}

@ApiTags('legal-provisions')
@Controller('legal-provisions')
export class LegalProvisionsController {
  constructor(private readonly provisions: LegalProvisionsService) {}

  @Can('read', 'Catalogue')
  @Get()
  @ApiOkResponse({ type: LegalProvisionPageDto })
  listLegalProvisions(@CurrentActor() actor: Actor, @Query() query: LegalProvisionListQueryDto) {
    return this.provisions.listLegalProvisions(actor, query);
  }

  @Can('read', 'Catalogue')
  @Get(':id')
  @ApiOkResponse({ type: LegalProvisionDto })
  getLegalProvision(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.provisions.getLegalProvision(actor, id);
  }

  @Can('create', 'Catalogue')
  @Post()
  @ApiCreatedResponse({ type: LegalProvisionDto })
  createLegalProvision(@CurrentActor() actor: Actor, @Body() body: CreateLegalProvisionDto) {
    return this.provisions.createLegalProvision(actor, body);
  }

  @Can('update', 'Catalogue')
  @Patch(':id')
  @ApiOkResponse({ type: LegalProvisionDto })
  updateLegalProvision(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: UpdateLegalProvisionDto,
  ) {
    return this.provisions.updateLegalProvision(actor, id, body);
  }

  @Can('delete', 'Catalogue')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteLegalProvision(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.provisions.deleteLegalProvision(actor, id, version);
  }

  @Can('restore', 'Catalogue')
  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: LegalProvisionDto })
  restoreLegalProvision(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.provisions.restoreLegalProvision(actor, id, version);
  }
}
