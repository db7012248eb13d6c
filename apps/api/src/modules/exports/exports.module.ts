import { Module } from '@nestjs/common';
import { ExportJobsService } from './export-jobs.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** List exports (CSV / XLSX, streamed or as background jobs). Jobs run on the global JobQueue. */
@Module({
  controllers: [ExportsController],
  providers: [ExportsService, ExportJobsService],
  exports: [ExportsService, ExportJobsService],
})
export class ExportsModule {}
