import {
  CreateDetentionPeriodInputSchema,
  DetentionPeriodSchema,
  UpdateDetentionPeriodInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { DetentionPeriodsService } from './detention-periods.service';

class DetentionPeriodDto extends createZodDto(DetentionPeriodSchema) {}
class CreateDetentionPeriodDto extends createZodDto(CreateDetentionPeriodInputSchema) {}
class UpdateDetentionPeriodDto extends createZodDto(UpdateDetentionPeriodInputSchema) {}

/** A person's detention periods: added under the person, then changed (ended, corrected) by their own id. */
@ApiTags('persons')
@Controller()
export class DetentionPeriodsController {
  constructor(private readonly detentionPeriods: DetentionPeriodsService) {}

  @Can('create', 'CaseData')
  @Post('persons/:id/detention-periods')
  @ApiCreatedResponse({ type: DetentionPeriodDto })
  addDetentionPeriod(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: CreateDetentionPeriodDto,
  ) {
    return this.detentionPeriods.addDetentionPeriod(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Patch('detention-periods/:id')
  @ApiOkResponse({ type: DetentionPeriodDto })
  updateDetentionPeriod(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: UpdateDetentionPeriodDto,
  ) {
    return this.detentionPeriods.updateDetentionPeriod(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete('detention-periods/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteDetentionPeriod(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.detentionPeriods.deleteDetentionPeriod(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post('detention-periods/:id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: DetentionPeriodDto })
  restoreDetentionPeriod(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.detentionPeriods.restoreDetentionPeriod(actor, id, version);
  }
}
