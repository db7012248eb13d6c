import {
  AddEventCasualtyInputSchema,
  CreateEventInputSchema,
  EventCasualtySchema,
  EventDetailSchema,
  EventListQuerySchema,
  EventOrganisationLinkSchema,
  EventPageSchema,
  EventPersonLinkSchema,
  LinkEventOrganisationInputSchema,
  LinkEventPersonInputSchema,
  UpdateEventInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { EventsService } from './events.service';

class EventDetailDto extends createZodDto(EventDetailSchema) {}
class EventPageDto extends createZodDto(EventPageSchema) {}
class EventListQueryDto extends createZodDto(EventListQuerySchema) {}
class CreateEventDto extends createZodDto(CreateEventInputSchema) {}
class UpdateEventDto extends createZodDto(UpdateEventInputSchema) {}
class EventCasualtyDto extends createZodDto(EventCasualtySchema) {}
class AddEventCasualtyDto extends createZodDto(AddEventCasualtyInputSchema) {}
class EventPersonLinkDto extends createZodDto(EventPersonLinkSchema) {}
class LinkEventPersonDto extends createZodDto(LinkEventPersonInputSchema) {}
class EventOrganisationLinkDto extends createZodDto(EventOrganisationLinkSchema) {}
class LinkEventOrganisationDto extends createZodDto(LinkEventOrganisationInputSchema) {}

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: EventPageDto })
  listEvents(@CurrentActor() actor: Actor, @Query() query: EventListQueryDto) {
    return this.events.listEvents(actor, query);
  }

  @Can('read', 'CaseData')
  @Get(':id')
  @ApiOkResponse({ type: EventDetailDto })
  getEvent(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.events.getEvent(actor, id);
  }

  @Can('create', 'CaseData')
  @Post()
  @ApiCreatedResponse({ type: EventDetailDto })
  createEvent(@CurrentActor() actor: Actor, @Body() body: CreateEventDto) {
    return this.events.createEvent(actor, body);
  }

  @Can('update', 'CaseData')
  @Patch(':id')
  @ApiOkResponse({ type: EventDetailDto })
  updateEvent(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateEventDto) {
    return this.events.updateEvent(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteEvent(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.events.deleteEvent(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: EventDetailDto })
  restoreEvent(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.events.restoreEvent(actor, id, version);
  }

  /** A casualty figure with its source; conflicting figures (official vs. residents') are kept side by side. */
  @Can('update', 'CaseData')
  @Post(':id/casualties')
  @ApiCreatedResponse({ type: EventCasualtyDto })
  addEventCasualty(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: AddEventCasualtyDto,
  ) {
    return this.events.addEventCasualty(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Post(':id/persons')
  @ApiCreatedResponse({ type: EventPersonLinkDto })
  linkEventPerson(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: LinkEventPersonDto,
  ) {
    return this.events.linkEventPerson(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Post(':id/organisations')
  @ApiCreatedResponse({ type: EventOrganisationLinkDto })
  linkEventOrganisation(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: LinkEventOrganisationDto,
  ) {
    return this.events.linkEventOrganisation(actor, id, body);
  }
}

/** The parts of an event addressed by their own id (a figure, a link), as the event page lists them. */
@ApiTags('events')
@Controller()
export class EventPartsController {
  constructor(private readonly events: EventsService) {}

  @Can('update', 'CaseData')
  @Delete('event-casualties/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeEventCasualty(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.events.removeEventCasualty(actor, id, version);
  }

  @Can('update', 'CaseData')
  @Delete('event-persons/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  unlinkEventPerson(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.events.unlinkEventPerson(actor, id);
  }

  @Can('update', 'CaseData')
  @Delete('event-organisations/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  unlinkEventOrganisation(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.events.unlinkEventOrganisation(actor, id);
  }
}
