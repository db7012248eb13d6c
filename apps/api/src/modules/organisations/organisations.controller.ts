import {
  CreateOrganisationInputSchema,
  OrganisationListQuerySchema,
  OrganisationPageSchema,
  OrganisationSchema,
  UpdateOrganisationInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { OrganisationsService } from './organisations.service';

class OrganisationDto extends createZodDto(OrganisationSchema) {}
class OrganisationPageDto extends createZodDto(OrganisationPageSchema) {}
class OrganisationListQueryDto extends createZodDto(OrganisationListQuerySchema) {}
class CreateOrganisationDto extends createZodDto(CreateOrganisationInputSchema) {}
class UpdateOrganisationDto extends createZodDto(UpdateOrganisationInputSchema) {}

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: OrganisationPageDto })
  listOrganisations(@CurrentActor() actor: Actor, @Query() query: OrganisationListQueryDto) {
    return this.organisations.listOrganisations(actor, query);
  }

  @Can('read', 'CaseData')
  @Get(':id')
  @ApiOkResponse({ type: OrganisationDto })
  getOrganisation(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.organisations.getOrganisation(actor, id);
  }

  @Can('create', 'CaseData')
  @Post()
  @ApiCreatedResponse({ type: OrganisationDto })
  createOrganisation(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationDto) {
    return this.organisations.createOrganisation(actor, body);
  }

  @Can('update', 'CaseData')
  @Patch(':id')
  @ApiOkResponse({ type: OrganisationDto })
  updateOrganisation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: UpdateOrganisationDto,
  ) {
    return this.organisations.updateOrganisation(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteOrganisation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.organisations.deleteOrganisation(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganisationDto })
  restoreOrganisation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.organisations.restoreOrganisation(actor, id, version);
  }
}
