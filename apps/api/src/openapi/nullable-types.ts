/**
 * Works around nestjs-zod issues #473/#474: with zod >= 4.5 a nullable field's
 * JSON Schema is `type: ["string", "null"]`, which @nestjs/swagger reads as an
 * ARRAY of strings, so the OpenAPI document (and the web client typed from it)
 * said `string[]` for `string | null`. Every DTO made by createZodDto gets its
 * OpenAPI metadata rewritten to the OpenAPI 3.0 form `{ type, nullable: true }`.
 *
 * Imported for its side effect, first thing, by every entry point (main, cli,
 * http-app), before any module defines a DTO.
 */
import type * as NestjsZod from 'nestjs-zod';

type Json = Record<string, unknown>;

export function nullableToOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableToOpenApi30);
  if (!node || typeof node !== 'object') return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node as Json)) copy[key] = nullableToOpenApi30(value);
  if (Array.isArray(copy.type) && copy.type.includes('null')) {
    const others = copy.type.filter((t) => t !== 'null');
    if (others.length === 1) {
      copy.type = others[0];
      copy.nullable = true;
    }
  }
  return copy;
}

type DtoFactory = typeof NestjsZod.createZodDto;
// The module object itself (an `import * as` namespace would be a copy), so every later
// `createZodDto` call, which reads the export at call time, goes through the wrapper.
const mutable: { createZodDto: DtoFactory; __habeasNullablePatch?: boolean } = require('nestjs-zod');
if (!mutable.__habeasNullablePatch) {
  const original = mutable.createZodDto;
  mutable.createZodDto = ((...args: Parameters<DtoFactory>) => {
    const dto = original(...args) as unknown as { _OPENAPI_METADATA_FACTORY: () => unknown };
    const factory = dto._OPENAPI_METADATA_FACTORY;
    dto._OPENAPI_METADATA_FACTORY = function patched(this: unknown) {
      return nullableToOpenApi30(factory.call(this));
    };
    return dto;
  }) as DtoFactory;
  mutable.__habeasNullablePatch = true;
}
