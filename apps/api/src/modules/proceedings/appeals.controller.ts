import {
  AppealListQuerySchema,
  AppealPageSchema,
  AppealSchema,
  CreateAppealInputSchema,
  UpdateAppealInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { AppealsService } from './appeals.service';

class AppealDto extends createZodDto(AppealSchema) {}
class CreateAppealDto extends createZodDto(CreateAppealInputSchema) {}
class UpdateAppealDto extends createZodDto(UpdateAppealInputSchema) {}
class AppealPageDto extends createZodDto(AppealPageSchema) {}
class AppealListQueryDto extends createZodDto(AppealListQuerySchema) {}

@ApiTags('proceedings')
@Controller()
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  /** Appeals across all cases, for the page where staff watch deadlines. */
  @Can('read', 'CaseData')
  @Get('appeals')
  @ApiOkResponse({ type: AppealPageDto })
  listAppeals(@CurrentActor() actor: Actor, @Query() query: AppealListQueryDto) {
    return this.appeals.listAppeals(actor, query);
  }

  @Can('create', 'CaseData')
  @Post('cases/:id/appeals')
  @ApiCreatedResponse({ type: AppealDto })
  createAppeal(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateAppealDto) {
    return this.appeals.createAppeal(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Patch('appeals/:id')
  @ApiOkResponse({ type: AppealDto })
  updateAppeal(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateAppealDto) {
    return this.appeals.updateAppeal(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete('appeals/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteAppeal(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.appeals.deleteAppeal(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post('appeals/:id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: AppealDto })
  restoreAppeal(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.appeals.restoreAppeal(actor, id, version);
  }
}
