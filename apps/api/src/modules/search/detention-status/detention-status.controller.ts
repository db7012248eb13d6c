import { StatusAtDateQuerySchema, StatusAtDateSchema } from '@habeas/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../../common/actor';
import { CurrentActor } from '../../../common/current-actor.decorator';
import { Can } from '../../auth/can.decorator';
import { DetentionStatusService } from './detention-status.service';

class StatusAtDateQueryDto extends createZodDto(StatusAtDateQuerySchema) {}
class StatusAtDateDto extends createZodDto(StatusAtDateSchema) {}

@ApiTags('detention')
@Controller('detention')
export class DetentionStatusController {
  constructor(private readonly detention: DetentionStatusService) {}

  @Can('read', 'CaseData')
  @Get('status-at')
  @ApiOkResponse({ type: StatusAtDateDto })
  countStatusAtDate(@CurrentActor() actor: Actor, @Query() { date }: StatusAtDateQueryDto) {
    return this.detention.countStatusAtDate(actor, date);
  }
}
