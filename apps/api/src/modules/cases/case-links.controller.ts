import {
  AddCaseParticipantInputSchema,
  CaseAssignmentsSchema,
  CaseEventLinkSchema,
  CaseParticipantSchema,
  LinkCaseEventInputSchema,
  SetCaseAssignmentsInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { CaseLinksService } from './case-links.service';

class CaseParticipantDto extends createZodDto(CaseParticipantSchema) {}
class AddCaseParticipantDto extends createZodDto(AddCaseParticipantInputSchema) {}
class CaseAssignmentsDto extends createZodDto(CaseAssignmentsSchema) {}
class SetCaseAssignmentsDto extends createZodDto(SetCaseAssignmentsInputSchema) {}
class CaseEventLinkDto extends createZodDto(CaseEventLinkSchema) {}
class LinkCaseEventDto extends createZodDto(LinkCaseEventInputSchema) {}

/** Who takes part in a case, who works on it, and which events it arises from. */
@ApiTags('cases')
@Controller()
export class CaseLinksController {
  constructor(private readonly links: CaseLinksService) {}

  @Can('update', 'CaseData')
  @Post('cases/:id/participants')
  @ApiCreatedResponse({ type: CaseParticipantDto })
  addCaseParticipant(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: AddCaseParticipantDto,
  ) {
    return this.links.addCaseParticipant(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Delete('case-participants/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeCaseParticipant(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.links.removeCaseParticipant(actor, id);
  }

  /** Coordinators and admins only: assignments decide who may edit the case (subject 'CaseAssignment'). */
  @Can('update', 'CaseAssignment')
  @Put('cases/:id/assignments')
  @ApiOkResponse({ type: CaseAssignmentsDto })
  setCaseAssignments(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: SetCaseAssignmentsDto,
  ) {
    return this.links.setCaseAssignments(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Post('cases/:id/events')
  @ApiCreatedResponse({ type: CaseEventLinkDto })
  linkCaseEvent(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: LinkCaseEventDto) {
    return this.links.linkCaseEvent(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Delete('case-events/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  unlinkCaseEvent(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.links.unlinkCaseEvent(actor, id);
  }
}
