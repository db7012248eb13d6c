import { IdParamSchema, VersionedBodySchema } from '@habeas/shared';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** DTOs used by every feature: `:id` params and version-only bodies/queries. */
export class IdParamDto extends createZodDto(IdParamSchema) {}
export class VersionBodyDto extends createZodDto(VersionedBodySchema) {}
export class VersionQueryDto extends createZodDto(z.object({ version: z.coerce.number().int().min(1) })) {}
