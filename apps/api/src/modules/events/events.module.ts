import { Module } from '@nestjs/common';
import { EventPartsController, EventsController } from './events.controller';
import { EventsService } from './events.service';

@Module({
  controllers: [EventsController, EventPartsController],
  providers: [EventsService],
  exports: [EventsService],
})
export class EventsModule {}
