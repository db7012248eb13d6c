import {
  CreatePersonInputSchema,
  PersonDetailSchema,
  PersonListQuerySchema,
  PersonPageSchema,
  PersonStatusAnswerSchema,
  PersonStatusQuerySchema,
  UpdatePersonInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { PersonsService } from './persons.service';

class PersonDetailDto extends createZodDto(PersonDetailSchema) {}
class PersonPageDto extends createZodDto(PersonPageSchema) {}
class PersonListQueryDto extends createZodDto(PersonListQuerySchema) {}
class PersonStatusAnswerDto extends createZodDto(PersonStatusAnswerSchema) {}
class PersonStatusQueryDto extends createZodDto(PersonStatusQuerySchema) {}
class CreatePersonDto extends createZodDto(CreatePersonInputSchema) {}
class UpdatePersonDto extends createZodDto(UpdatePersonInputSchema) {}

@ApiTags('persons')
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: PersonPageDto })
  listPersons(@CurrentActor() actor: Actor, @Query() query: PersonListQueryDto) {
    return this.persons.listPersons(actor, query);
  }

  @Can('read', 'CaseData')
  @Get(':id')
  @ApiOkResponse({ type: PersonDetailDto })
  getPerson(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.persons.getPerson(actor, id);
  }

  @Can('read', 'CaseData')
  @Get(':id/status')
  @ApiOkResponse({ type: PersonStatusAnswerDto })
  getPersonStatus(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { on }: PersonStatusQueryDto,
  ) {
    return this.persons.getPersonStatus(actor, id, on);
  }

  @Can('create', 'CaseData')
  @Post()
  @ApiCreatedResponse({ type: PersonDetailDto })
  createPerson(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto) {
    return this.persons.createPerson(actor, body);
  }

  @Can('update', 'CaseData')
  @Patch(':id')
  @ApiOkResponse({ type: PersonDetailDto })
  updatePerson(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdatePersonDto) {
    return this.persons.updatePerson(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deletePerson(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.persons.deletePerson(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: PersonDetailDto })
  restorePerson(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.persons.restorePerson(actor, id, version);
  }
}
