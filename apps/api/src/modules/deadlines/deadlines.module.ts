import { Module } from '@nestjs/common';
import { CalendarFeedController, DeadlinesController } from './deadlines.controller';
import { DeadlinesService } from './deadlines.service';

@Module({
  controllers: [DeadlinesController, CalendarFeedController],
  providers: [DeadlinesService],
})
export class DeadlinesModule {}
