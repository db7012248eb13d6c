import {
  AuditEntryDetailSchema,
  AuditEntryIdParamSchema,
  AuditEntryListQuerySchema,
  AuditEntryPageSchema,
  RevertAuditEntryInputSchema,
} from '@habeas/shared';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { Can } from '../auth/can.decorator';
import { AuditTrailService } from './audit-trail.service';

class AuditEntryPageDto extends createZodDto(AuditEntryPageSchema) {}
class AuditEntryDetailDto extends createZodDto(AuditEntryDetailSchema) {}
class AuditEntryListQueryDto extends createZodDto(AuditEntryListQuerySchema) {}
class AuditEntryIdParamDto extends createZodDto(AuditEntryIdParamSchema) {}
class RevertAuditEntryDto extends createZodDto(RevertAuditEntryInputSchema) {}

/** The audit trail: who changed what, when, with the values before and after (subject 'AuditTrail'). */
@ApiTags('audit')
@Controller('audit-entries')
export class AuditTrailController {
  constructor(private readonly trail: AuditTrailService) {}

  /** Newest first; filter by record, actor, action and period. */
  @Can('read', 'AuditTrail')
  @Get()
  @ApiOkResponse({ type: AuditEntryPageDto })
  listAuditEntries(@CurrentActor() actor: Actor, @Query() query: AuditEntryListQueryDto) {
    return this.trail.listAuditEntries(actor, query);
  }

  /** One entry with the record before and after and their field-by-field difference. */
  @Can('read', 'AuditTrail')
  @Get(':id')
  @ApiOkResponse({ type: AuditEntryDetailDto })
  getAuditEntry(@CurrentActor() actor: Actor, @Param() { id }: AuditEntryIdParamDto) {
    return this.trail.getAuditEntry(actor, id);
  }

  /**
   * Undoes an update (the fields it changed get their previous values) or a deletion
   * (the record comes back). `version` is the record's current version. Returns the new
   * 'revert' entry.
   */
  @Can('update', 'AuditTrail')
  @Post(':id/revert')
  @HttpCode(200)
  @ApiOkResponse({ type: AuditEntryDetailDto })
  revertAuditEntry(
    @CurrentActor() actor: Actor,
    @Param() { id }: AuditEntryIdParamDto,
    @Body() { version }: RevertAuditEntryDto,
  ) {
    return this.trail.revertAuditEntry(actor, id, version);
  }
}
