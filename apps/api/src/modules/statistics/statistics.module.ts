import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';
import { StatisticsReportsService } from './statistics-reports.service';

/** Counts and time series for reports, and their XLSX / PDF downloads. */
@Module({
  controllers: [StatisticsController],
  providers: [StatisticsService, StatisticsReportsService],
  exports: [StatisticsService],
})
export class StatisticsModule {}
