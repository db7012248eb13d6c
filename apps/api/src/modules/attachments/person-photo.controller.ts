import { PersonDetailSchema, SetPersonPhotoInputSchema } from '@habeas/shared';
import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { PersonPhotoService } from './person-photo.service';

/** The same name as in the persons controller: one schema in the OpenAPI document. */
class PersonDetailDto extends createZodDto(PersonDetailSchema) {}
class SetPersonPhotoDto extends createZodDto(SetPersonPhotoInputSchema) {}

@ApiTags('persons')
@Controller('persons')
export class PersonPhotoController {
  constructor(private readonly photos: PersonPhotoService) {}

  /** Sets (or with `attachmentId: null` removes) the person's photo; answers the person as after. */
  @Can('update', 'CaseData')
  @Put(':id/photo')
  @ApiOkResponse({ type: PersonDetailDto })
  setPersonPhoto(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: SetPersonPhotoDto) {
    return this.photos.setPersonPhoto(actor, id, body);
  }
}
