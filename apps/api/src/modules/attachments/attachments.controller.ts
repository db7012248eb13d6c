import {
  ATTACHMENT_MIME_TYPES,
  AttachmentListQuerySchema,
  AttachmentListSchema,
  AttachmentSchema,
  ConfidentialitySchema,
} from '@habeas/shared';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { AttachmentsService } from './attachments.service';
import { contentDisposition } from './content-disposition';
import { FILE_FIELD } from './multipart-upload';

class AttachmentDto extends createZodDto(AttachmentSchema) {}
class AttachmentListDto extends createZodDto(AttachmentListSchema) {}
class AttachmentListQueryDto extends createZodDto(AttachmentListQuerySchema) {}

const uuid = { type: 'string', format: 'uuid' } as const;
const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: [FILE_FIELD],
    description: 'One file and exactly one owner (personId, sourceId or caseUpdateId).',
    properties: {
      [FILE_FIELD]: {
        type: 'string',
        format: 'binary',
        description: `One of: ${ATTACHMENT_MIME_TYPES.join(', ')}`,
      },
      personId: uuid,
      sourceId: uuid,
      caseUpdateId: uuid,
      confidentiality: {
        type: 'string',
        enum: ConfidentialitySchema.options,
        description: "Default: the owner's level, at least internal. Never below the owner's level.",
      },
    },
  },
};

/**
 * Files of the case file. Listed under their owner (person, source, case update), uploaded as
 * multipart/form-data, downloaded as they were uploaded.
 */
@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Can('read', 'CaseData')
  @Get('persons/:id/attachments')
  @ApiOkResponse({ type: AttachmentListDto })
  listPersonAttachments(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() query: AttachmentListQueryDto,
  ) {
    return this.attachments.list(actor, { field: 'personId', id }, query);
  }

  @Can('read', 'CaseData')
  @Get('sources/:id/attachments')
  @ApiOkResponse({ type: AttachmentListDto })
  listSourceAttachments(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() query: AttachmentListQueryDto,
  ) {
    return this.attachments.list(actor, { field: 'sourceId', id }, query);
  }

  @Can('read', 'CaseData')
  @Get('case-updates/:id/attachments')
  @ApiOkResponse({ type: AttachmentListDto })
  listCaseUpdateAttachments(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() query: AttachmentListQueryDto,
  ) {
    return this.attachments.list(actor, { field: 'caseUpdateId', id }, query);
  }

  @Can('create', 'CaseData')
  @Post('attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({ type: AttachmentDto })
  uploadAttachment(@CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.attachments.upload(actor, request);
  }

  @Can('read', 'CaseData')
  @Get('attachments/:id')
  @ApiOkResponse({ type: AttachmentDto })
  getAttachment(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto) {
    return this.attachments.get(actor, id);
  }

  @Can('read', 'CaseData')
  @Get('attachments/:id/download')
  @ApiProduces(...ATTACHMENT_MIME_TYPES)
  @ApiOkResponse({ description: 'The file as uploaded, with its original name' })
  async downloadAttachment(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.attachments.openDownload(actor, id);
    // The browser must take the declared type as it is (a file is never run as a page or
    // script), and no shared cache may keep a confidential file.
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('cache-control', 'private, no-cache');
    return new StreamableFile(file.stream, {
      type: file.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mimeType,
      disposition: contentDisposition(file.fileName),
      length: file.sizeBytes,
    });
  }

  @Can('delete', 'CaseData')
  @Delete('attachments/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteAttachment(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.attachments.remove(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post('attachments/:id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: AttachmentDto })
  restoreAttachment(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.attachments.restore(actor, id, version);
  }
}
