import {
  AddCaseUpdateInputSchema,
  CaseUpdateListQuerySchema,
  CaseUpdatePageSchema,
  CaseUpdateSchema,
  CaseUpdateTimelineQuerySchema,
  UpdateCaseUpdateInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { CaseUpdatesService } from './case-updates.service';

class CaseUpdateDto extends createZodDto(CaseUpdateSchema) {}
class CaseUpdatePageDto extends createZodDto(CaseUpdatePageSchema) {}
class CaseUpdateListQueryDto extends createZodDto(CaseUpdateListQuerySchema) {}
class CaseUpdateTimelineQueryDto extends createZodDto(CaseUpdateTimelineQuerySchema) {}
class AddCaseUpdateDto extends createZodDto(AddCaseUpdateInputSchema) {}
class UpdateCaseUpdateDto extends createZodDto(UpdateCaseUpdateInputSchema) {}

@ApiTags('case-updates')
@Controller('case-updates')
export class CaseUpdatesController {
  constructor(private readonly caseUpdates: CaseUpdatesService) {}

  /** Recent updates across the whole case file (full-text `q` over title and body). */
  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: CaseUpdatePageDto })
  listCaseUpdates(@CurrentActor() actor: Actor, @Query() query: CaseUpdateListQueryDto) {
    return this.caseUpdates.listCaseUpdates(actor, query);
  }

  @Can('read', 'CaseData')
  @Get(':id')
  @ApiOkResponse({ type: CaseUpdateDto })
  getCaseUpdate(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.caseUpdates.getCaseUpdate(actor, id);
  }

  /** One request: the update, its sources and its audit entry, about a person, a case or both. */
  @Can('create', 'CaseData')
  @Post()
  @ApiCreatedResponse({ type: CaseUpdateDto })
  addCaseUpdate(@CurrentActor() actor: Actor, @Body() body: AddCaseUpdateDto) {
    return this.caseUpdates.addCaseUpdate(actor, body);
  }

  @Can('update', 'CaseData')
  @Patch(':id')
  @ApiOkResponse({ type: CaseUpdateDto })
  updateCaseUpdate(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: UpdateCaseUpdateDto,
  ) {
    return this.caseUpdates.updateCaseUpdate(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteCaseUpdate(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.caseUpdates.deleteCaseUpdate(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseUpdateDto })
  restoreCaseUpdate(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.caseUpdates.restoreCaseUpdate(actor, id, version);
  }
}

/** The timelines of a person and of a case: the same case updates, seen from either side. */
@ApiTags('case-updates')
@Controller()
export class TimelinesController {
  constructor(private readonly caseUpdates: CaseUpdatesService) {}

  @Can('read', 'CaseData')
  @Get('persons/:id/timeline')
  @ApiOkResponse({ type: CaseUpdatePageDto })
  listPersonTimeline(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() query: CaseUpdateTimelineQueryDto,
  ) {
    return this.caseUpdates.listPersonTimeline(actor, id, query);
  }

  @Can('read', 'CaseData')
  @Get('cases/:id/timeline')
  @ApiOkResponse({ type: CaseUpdatePageDto })
  listCaseTimeline(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() query: CaseUpdateTimelineQueryDto,
  ) {
    return this.caseUpdates.listCaseTimeline(actor, id, query);
  }
}
