import {
  CreateSavedSearchInputSchema,
  SavedSearchListQuerySchema,
  SavedSearchListSchema,
  SavedSearchSchema,
  UpdateSavedSearchInputSchema,
} from '@habeas/shared';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { SavedSearchesService } from './saved-searches.service';

class SavedSearchDto extends createZodDto(SavedSearchSchema) {}
class SavedSearchListDto extends createZodDto(SavedSearchListSchema) {}
class SavedSearchListQueryDto extends createZodDto(SavedSearchListQuerySchema) {}
class CreateSavedSearchDto extends createZodDto(CreateSavedSearchInputSchema) {}
class UpdateSavedSearchDto extends createZodDto(UpdateSavedSearchInputSchema) {}

@ApiTags('saved-searches')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Can('read', 'SavedSearch')
  @Get()
  @ApiOkResponse({ type: SavedSearchListDto })
  listSavedSearches(@CurrentActor() actor: Actor, @Query() query: SavedSearchListQueryDto) {
    return this.savedSearches.listSavedSearches(actor, query);
  }

  @Can('create', 'SavedSearch')
  @Post()
  @ApiCreatedResponse({ type: SavedSearchDto })
  createSavedSearch(@CurrentActor() actor: Actor, @Body() body: CreateSavedSearchDto) {
    return this.savedSearches.createSavedSearch(actor, body);
  }

  @Can('update', 'SavedSearch')
  @Patch(':id')
  @ApiOkResponse({ type: SavedSearchDto })
  updateSavedSearch(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: UpdateSavedSearchDto,
  ) {
    return this.savedSearches.updateSavedSearch(actor, id, body);
  }

  @Can('delete', 'SavedSearch')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteSavedSearch(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.savedSearches.deleteSavedSearch(actor, id, version);
  }
}
