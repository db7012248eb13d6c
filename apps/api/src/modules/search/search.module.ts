import { Module } from '@nestjs/common';
import { DetentionStatusController } from './detention-status/detention-status.controller';
import { DetentionStatusService } from './detention-status/detention-status.service';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/**
 * Finding records: the global search in any script (GET /search) and "who was in detention on a
 * date" (GET /detention/status-at), whose SQL builder (detention-status/status-at-date.sql.ts) the
 * statistics module reuses for time series. Read-only: it owns no table.
 */
@Module({
  controllers: [SearchController, DetentionStatusController],
  providers: [SearchService, DetentionStatusService],
  exports: [SearchService, DetentionStatusService],
})
export class SearchModule {}
