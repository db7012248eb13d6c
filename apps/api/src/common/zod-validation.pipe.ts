import type { FieldIssue } from '@habeas/shared';
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { AppError } from './app-error';

type ZodDtoClass = { isZodDto?: boolean; schema?: ZodType };

/**
 * Validates every body, query and param whose declared type is a DTO made from
 * a shared zod schema (createZodDto). A failure is a 400 naming each field as
 * `body.field`, `query.field` or `param.field`; nothing else runs.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const dto = metadata.metatype as ZodDtoClass | undefined;
    if (!dto?.isZodDto || !dto.schema) return value;
    const result = dto.schema.safeParse(value ?? (metadata.type === 'body' ? undefined : {}));
    if (result.success) return result.data;
    const where = metadata.type === 'custom' ? 'input' : metadata.type;
    const prefix = [where, ...(metadata.data ? [metadata.data] : [])];
    const issues = result.error.issues.flatMap((issue): FieldIssue[] => {
      const at = [...prefix, ...issue.path.map(String)];
      // An unknown field is named itself, so the client sees which one to remove.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          path: [...at, key].join('.'),
          message: 'is not a known field',
          code: issue.code,
        }));
      }
      return [{ path: at.join('.'), message: issue.message, code: issue.code }];
    });
    const fields = [...new Set(issues.map((i) => i.path))].join(', ');
    throw AppError.validation(issues, `Invalid ${fields}`);
  }
}
