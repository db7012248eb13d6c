import { CreateSentenceInputSchema, SentenceSchema, UpdateSentenceInputSchema } from '@habeas/shared';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { SentencesService } from './sentences.service';

class SentenceDto extends createZodDto(SentenceSchema) {}
class CreateSentenceDto extends createZodDto(CreateSentenceInputSchema) {}
class UpdateSentenceDto extends createZodDto(UpdateSentenceInputSchema) {}

@ApiTags('proceedings')
@Controller()
export class SentencesController {
  constructor(private readonly sentences: SentencesService) {}

  @Can('create', 'CaseData')
  @Post('cases/:id/sentences')
  @ApiCreatedResponse({ type: SentenceDto })
  createSentence(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateSentenceDto) {
    return this.sentences.createSentence(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Patch('sentences/:id')
  @ApiOkResponse({ type: SentenceDto })
  updateSentence(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateSentenceDto) {
    return this.sentences.updateSentence(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete('sentences/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteSentence(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.sentences.deleteSentence(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post('sentences/:id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: SentenceDto })
  restoreSentence(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.sentences.restoreSentence(actor, id, version);
  }
}
