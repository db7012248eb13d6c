import { SearchQuerySchema, SearchResultsSchema } from '@habeas/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { Can } from '../auth/can.decorator';
import { SearchService } from './search.service';

class SearchQueryDto extends createZodDto(SearchQuerySchema) {}
class SearchResultsDto extends createZodDto(SearchResultsSchema) {}

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Can('read', 'CaseData')
  @Get()
  @ApiOkResponse({ type: SearchResultsDto })
  searchEverything(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto) {
    return this.search.searchEverything(actor, query);
  }
}
