import { Module } from '@nestjs/common';
import { CaseUpdatesController, TimelinesController } from './case-updates.controller';
import { CaseUpdatesService } from './case-updates.service';

@Module({
  controllers: [CaseUpdatesController, TimelinesController],
  providers: [CaseUpdatesService],
  exports: [CaseUpdatesService],
})
export class CaseUpdatesModule {}
