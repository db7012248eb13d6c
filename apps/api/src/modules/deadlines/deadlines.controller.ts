import {
  CalendarFeedParamSchema,
  CalendarFeedSchema,
  DeadlineListQuerySchema,
  DeadlineListSchema,
} from '@habeas/shared';
import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import type { Actor, RequestMeta } from '../../common/actor';
import { CurrentActor, CurrentRequest } from '../../common/current-actor.decorator';
import { Public } from '../../common/public.decorator';
import { Authenticated, Can } from '../auth/can.decorator';
import { DeadlinesService } from './deadlines.service';

class DeadlineListDto extends createZodDto(DeadlineListSchema) {}
class DeadlineListQueryDto extends createZodDto(DeadlineListQuerySchema) {}
class CalendarFeedDto extends createZodDto(CalendarFeedSchema) {}
class CalendarFeedParamDto extends createZodDto(CalendarFeedParamSchema) {}

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** Appeal deadlines and hearings in the next `days` days, and overdue appeal deadlines. */
  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: DeadlineListDto })
  listDeadlines(@CurrentActor() actor: Actor, @Query() query: DeadlineListQueryDto) {
    return this.deadlines.listDeadlines(actor, query);
  }

  /** A new secret feed URL for the current user's calendar app (the previous one stops working). */
  @Authenticated()
  @Post('calendar-token')
  @ApiCreatedResponse({ type: CalendarFeedDto })
  createCalendarFeed(@CurrentActor() actor: Actor) {
    return this.deadlines.createCalendarFeed(actor);
  }

  @Authenticated()
  @Delete('calendar-token')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeCalendarFeed(@CurrentActor() actor: Actor) {
    return this.deadlines.revokeCalendarFeed(actor);
  }
}

/** The iCalendar feed: calendar apps cannot log in, so the secret token in the URL authenticates. */
@ApiTags('deadlines')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly deadlines: DeadlinesService) {}

  @Public()
  @Get(':token.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: "RFC 5545 calendar of the token owner's deadlines and hearings" })
  async getCalendarFeed(
    @Param() { token }: CalendarFeedParamDto,
    @CurrentRequest() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.deadlines.renderCalendarFeed(token, meta);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="habeas-deadlines.ics"')
      // Case data: no shared cache may keep a copy.
      .header('cache-control', 'private, no-store');
    return body;
  }
}
