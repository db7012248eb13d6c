import { StatisticsQuerySchema, StatisticsSchema } from '@habeas/shared';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { Can } from '../auth/can.decorator';
import { attachment } from '../exports/export-files';
import { StatisticsService } from './statistics.service';
import { StatisticsReportsService } from './statistics-reports.service';

class StatisticsQueryDto extends createZodDto(StatisticsQuerySchema) {}
class StatisticsDto extends createZodDto(StatisticsSchema) {}

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly reports: StatisticsReportsService,
  ) {}

  @Can('read', 'Statistics')
  @Get()
  @ApiOkResponse({ type: StatisticsDto })
  getStatistics(@CurrentActor() actor: Actor, @Query() query: StatisticsQueryDto) {
    return this.statistics.getStatistics(actor, query);
  }

  @Can('export', 'Statistics')
  @Get('report.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The statistics as a workbook' })
  async downloadStatisticsWorkbook(@CurrentActor() actor: Actor, @Query() query: StatisticsQueryDto) {
    const file = await this.reports.report(actor, query, 'xlsx');
    return new StreamableFile(file.buffer, {
      type: file.contentType,
      disposition: attachment(file.fileName),
    });
  }

  @Can('export', 'Statistics')
  @Get('report.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The statistics as a PDF of tables' })
  async downloadStatisticsPdf(@CurrentActor() actor: Actor, @Query() query: StatisticsQueryDto) {
    const file = await this.reports.report(actor, query, 'pdf');
    return new StreamableFile(file.buffer, {
      type: file.contentType,
      disposition: attachment(file.fileName),
    });
  }
}
