import {
  CaseDetailSchema,
  CaseListQuerySchema,
  CreateCaseInputSchema,
  LegalCasePageSchema,
  LegalCaseSchema,
  UpdateCaseInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { CasesService } from './cases.service';

class LegalCaseDto extends createZodDto(LegalCaseSchema) {}
class LegalCasePageDto extends createZodDto(LegalCasePageSchema) {}
class CaseDetailDto extends createZodDto(CaseDetailSchema) {}
class CaseListQueryDto extends createZodDto(CaseListQuerySchema) {}
class CreateCaseDto extends createZodDto(CreateCaseInputSchema) {}
class UpdateCaseDto extends createZodDto(UpdateCaseInputSchema) {}

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: LegalCasePageDto })
  listCases(@CurrentActor() actor: Actor, @Query() query: CaseListQueryDto) {
    return this.cases.listCases(actor, query);
  }

  @Can('read', 'CaseData')
  @Get(':id')
  @ApiOkResponse({ type: CaseDetailDto })
  getCase(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.cases.getCase(actor, id);
  }

  @Can('create', 'CaseData')
  @Post()
  @ApiCreatedResponse({ type: LegalCaseDto })
  createCase(@CurrentActor() actor: Actor, @Body() body: CreateCaseDto) {
    return this.cases.createCase(actor, body);
  }

  @Can('update', 'CaseData')
  @Patch(':id')
  @ApiOkResponse({ type: LegalCaseDto })
  updateCase(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateCaseDto) {
    return this.cases.updateCase(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteCase(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.cases.deleteCase(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: LegalCaseDto })
  restoreCase(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.cases.restoreCase(actor, id, version);
  }
}
