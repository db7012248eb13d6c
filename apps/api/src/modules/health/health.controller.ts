import { HealthSchema } from '@habeas/shared';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { Public } from '../../common/public.decorator';
import { HealthService } from './health.service';

class HealthDto extends createZodDto(HealthSchema) {}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Database reachability and migration state; 503 when degraded so load balancers notice. */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto })
  async getHealth(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const health = await this.health.check();
    if (health.status !== 'ok') void reply.status(503);
    return health;
  }
}
