import {
  CreateSourceInputSchema,
  SourceListQuerySchema,
  SourcePageSchema,
  SourceSchema,
  UpdateSourceInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { SourcesService } from './sources.service';

class SourceDto extends createZodDto(SourceSchema) {}
class SourcePageDto extends createZodDto(SourcePageSchema) {}
class SourceListQueryDto extends createZodDto(SourceListQuerySchema) {}
class CreateSourceDto extends createZodDto(CreateSourceInputSchema) {}
class UpdateSourceDto extends createZodDto(UpdateSourceInputSchema) {}

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: SourcePageDto })
  listSources(@CurrentActor() actor: Actor, @Query() query: SourceListQueryDto) {
    return this.sources.listSources(actor, query);
  }

  @Can('read', 'CaseData')
  @Get(':id')
  @ApiOkResponse({ type: SourceDto })
  getSource(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.sources.getSource(actor, id);
  }

  @Can('create', 'CaseData')
  @Post()
  @ApiCreatedResponse({ type: SourceDto })
  createSource(@CurrentActor() actor: Actor, @Body() body: CreateSourceDto) {
    return this.sources.createSource(actor, body);
  }

  @Can('update', 'CaseData')
  @Patch(':id')
  @ApiOkResponse({ type: SourceDto })
  updateSource(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateSourceDto) {
    return this.sources.updateSource(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteSource(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.sources.deleteSource(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: SourceDto })
  restoreSource(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.sources.restoreSource(actor, id, version);
  }
}
