import { z } from 'zod';
import { ImpreciseDateSchema } from '../dates';

/** Shared building blocks of the case-file schemas. Enum values match the database enums exactly. */

export const NameScriptSchema = z.enum(['lat', 'cyrl', 'kk', 'other']);
export const NameKindSchema = z.enum(['legal', 'alias', 'transliteration', 'former']);

/** Limits that keep hostile input out (a 10 MB "name" is refused with 400, not stored). */
export const shortText = (max = 300) => z.string().trim().min(1).max(max);
export const longText = (max = 20_000) => z.string().max(max);
export const optionalText = (max = 300) => z.string().trim().max(max).nullable().optional();

/** ISO 3166-1 alpha-2, e.g. KZ. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as KZ')
  .nullable()
  .optional();

/** An optional imprecise date in request bodies: `{ value: '2011-12-01', precision: 'month' }` or null. */
export const OptionalDateSchema = ImpreciseDateSchema.nullable().optional();

export const NameVariantInputSchema = z.strictObject({
  value: shortText(300),
  script: NameScriptSchema,
  kind: NameKindSchema.default('legal'),
  language: z.string().max(10).nullable().optional(),
  isPrimary: z.boolean().default(false),
});
export type NameVariantInput = z.infer<typeof NameVariantInputSchema>;

export const NameVariantSchema = z.object({
  id: z.uuid(),
  value: z.string(),
  script: NameScriptSchema,
  kind: NameKindSchema,
  language: z.string().nullable(),
  isPrimary: z.boolean(),
});
export type NameVariant = z.infer<typeof NameVariantSchema>;

/** Fields every mutable record returns. */
export const RecordMetaSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  confidentiality: z.enum(['public', 'internal', 'restricted']),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deletedAt: z.iso.datetime().nullable(),
});

export const SortOrderSchema = z.enum(['asc', 'desc']).default('asc');

/** `?q=` text filter on lists: matched in any script (see names/normalize). */
export const ListTextQuerySchema = z.string().trim().max(200).optional();

/** Query booleans arrive as strings. */
export const QueryBooleanSchema = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
