import { PrismaClient } from '@habeas/db';
import type { StatisticsQuery } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AuditService } from '../audit/audit.service';
import { StatisticsService } from './statistics.service';
import { statisticsPdf, statisticsWorkbook } from './statistics-report';

/** The statistics as downloadable reports (XLSX, PDF): exports, so audited like every export. */
@Injectable()
export class StatisticsReportsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly statistics: StatisticsService,
    private readonly audit: AuditService,
  ) {}

  async report(actor: Actor, query: StatisticsQuery, format: 'xlsx' | 'pdf') {
    const stats = await this.statistics.getStatistics(actor, query);
    const user = await this.prisma.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    const buffer =
      format === 'xlsx'
        ? await statisticsWorkbook(stats)
        : await statisticsPdf(stats, {
            generatedAt: new Date(),
            userName: user?.name ?? actor.email,
            userEmail: actor.email,
          });
    await this.audit.recordStandalone(actor, {
      action: 'export',
      entityType: 'Statistics',
      details: { format, document: 'statistics', filters: query, persons: stats.persons },
    });
    return {
      buffer,
      fileName: `habeas-statistics-${stats.asOf}.${format}`,
      contentType:
        format === 'xlsx'
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
          : 'application/pdf',
    };
  }
}
