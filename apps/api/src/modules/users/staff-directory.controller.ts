import { StaffDirectoryQuerySchema, StaffDirectorySchema } from '@habeas/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Can } from '../auth/can.decorator';
import { StaffDirectoryService } from './staff-directory.service';

class StaffDirectoryDto extends createZodDto(StaffDirectorySchema) {}
class StaffDirectoryQueryDto extends createZodDto(StaffDirectoryQuerySchema) {}

/**
 * Whom a case may be assigned to, for those who assign (coordinators and admins: `read
 * CaseAssignment`). Account administration, with emails and security details, stays in /users.
 */
@ApiTags('users')
@Controller('staff-directory')
export class StaffDirectoryController {
  constructor(private readonly directory: StaffDirectoryService) {}

  @Can('read', 'CaseAssignment')
  @Get()
  @ApiOkResponse({ type: StaffDirectoryDto })
  listAssignableStaff(@Query() query: StaffDirectoryQueryDto) {
    return this.directory.listAssignableStaff(query);
  }
}
