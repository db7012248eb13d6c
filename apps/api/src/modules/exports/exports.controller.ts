import {
  CreateExportJobInputSchema,
  type ExportJob,
  ExportJobListSchema,
  ExportJobSchema,
  ExportQuerySchema,
  type ListExportKind,
} from '@habeas/shared';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { attachment } from './export-files';
import { ExportJobsService } from './export-jobs.service';
import { ExportsService, type ListExportResult } from './exports.service';

class ExportQueryDto extends createZodDto(ExportQuerySchema) {}
class ExportJobDto extends createZodDto(ExportJobSchema) {}
class ExportJobListDto extends createZodDto(ExportJobListSchema) {}
class CreateExportJobDto extends createZodDto(CreateExportJobInputSchema) {}

const FILE_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** A file streams (200); a large export becomes a background job (202 with the job). */
function answer(result: ListExportResult, reply: FastifyReply): StreamableFile | ExportJob {
  if (result.kind === 'job') {
    void reply.status(202);
    return result.job;
  }
  void reply.header('x-export-rows', String(result.rows));
  return new StreamableFile(result.stream, {
    type: result.contentType,
    disposition: attachment(result.fileName),
  });
}

/**
 * `GET /api/exports/<kind>`: one handler per kind so each has its own operationId. The exported
 * rows follow the same confidentiality policy as the lists; see ExportsService.
 */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly jobs: ExportJobsService,
  ) {}

  private async run(actor: Actor, kind: ListExportKind, query: ExportQueryDto, reply: FastifyReply) {
    return answer(await this.exports.exportList(actor, kind, query), reply);
  }

  @Can('export', 'CaseData')
  @Get('persons')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportPersons(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'persons', query, reply);
  }

  @Can('export', 'CaseData')
  @Get('cases')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportCases(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'cases', query, reply);
  }

  @Can('export', 'CaseData')
  @Get('charges')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportCharges(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'charges', query, reply);
  }

  @Can('export', 'CaseData')
  @Get('sentences')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportSentences(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'sentences', query, reply);
  }

  @Can('export', 'CaseData')
  @Get('appeals')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportAppeals(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'appeals', query, reply);
  }

  @Can('export', 'CaseData')
  @Get('case-updates')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportCaseUpdates(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'case-updates', query, reply);
  }

  @Can('export', 'CaseData')
  @Get('events')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportEvents(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'events', query, reply);
  }

  @Can('export', 'CaseData')
  @Get('organisations')
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file (CSV or XLSX)' })
  @ApiAcceptedResponse({ type: ExportJobDto, description: 'Too large to stream: a background job' })
  exportOrganisations(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(actor, 'organisations', query, reply);
  }

  @Can('export', 'CaseData')
  @Post('jobs')
  @ApiCreatedResponse({ type: ExportJobDto })
  startExportJob(@CurrentActor() actor: Actor, @Body() body: CreateExportJobDto) {
    return this.jobs.createJobFromBody(actor, body);
  }

  @Can('read', 'Export')
  @Get('jobs')
  @ApiOkResponse({ type: ExportJobListDto })
  listMyExportJobs(@CurrentActor() actor: Actor) {
    return this.jobs.listMyJobs(actor);
  }

  @Can('read', 'Export')
  @Get('jobs/:id')
  @ApiOkResponse({ type: ExportJobDto })
  getExportJob(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.jobs.getJob(actor, id);
  }

  @Can('read', 'Export')
  @Get('jobs/:id/download')
  @HttpCode(200)
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The finished file' })
  async downloadExportJob(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    const file = await this.jobs.openDownload(actor, id);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: attachment(file.fileName),
    });
  }
}
