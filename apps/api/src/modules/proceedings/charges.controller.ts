import { ChargeSchema, CreateChargeInputSchema, UpdateChargeInputSchema } from '@habeas/shared';
import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { IdParamDto, VersionBodyDto, VersionQueryDto } from '../../common/dto';
import { Can } from '../auth/can.decorator';
import { ChargesService } from './charges.service';

class ChargeDto extends createZodDto(ChargeSchema) {}
class CreateChargeDto extends createZodDto(CreateChargeInputSchema) {}
class UpdateChargeDto extends createZodDto(UpdateChargeInputSchema) {}

@ApiTags('proceedings')
@Controller()
export class ChargesController {
  constructor(private readonly charges: ChargesService) {}

  @Can('create', 'CaseData')
  @Post('cases/:id/charges')
  @ApiCreatedResponse({ type: ChargeDto })
  createCharge(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateChargeDto) {
    return this.charges.createCharge(actor, id, body);
  }

  @Can('update', 'CaseData')
  @Patch('charges/:id')
  @ApiOkResponse({ type: ChargeDto })
  updateCharge(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateChargeDto) {
    return this.charges.updateCharge(actor, id, body);
  }

  @Can('delete', 'CaseData')
  @Delete('charges/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  deleteCharge(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() { version }: VersionQueryDto,
  ) {
    return this.charges.deleteCharge(actor, id, version);
  }

  @Can('restore', 'CaseData')
  @Post('charges/:id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: ChargeDto })
  restoreCharge(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() { version }: VersionBodyDto,
  ) {
    return this.charges.restoreCharge(actor, id, version);
  }
}
