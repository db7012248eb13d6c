import { CreateHearingInputSchema, HearingSchema, UpdateHearingInputSchema } from '@habeas/shared';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { HearingsService } from './hearings.service';

class HearingDto extends createZodDto(HearingSchema) {}
class CreateHearingDto extends createZodDto(CreateHearingInputSchema) {}
class UpdateHearingDto extends createZodDto(UpdateHearingInputSchema) {}

@ApiTags('proceedings')
@Controller()
export class HearingsController {
  constructor(private readonly hearings: HearingsService) {}

  @Can('create', 'CaseData')
  @Post('cases/:id/hearings')
  @ApiCreatedResponse({ type: HearingDto })
  createHearing(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateHearingDto) {
    return this.hearings.createHearing(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Patch('hearings/:id')
  @ApiOkResponse({ type: HearingDto })
  updateHearing(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateHearingDto) {
    return this.hearings.updateHearing(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete('hearings/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteHearing(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.hearings.deleteHearing(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post('hearings/:id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: HearingDto })
  restoreHearing(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.hearings.restoreHearing(actor, id, version);
  }
}
