import { z } from 'zod';

/** Query parameters every list endpoint accepts. */
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  includeDeleted: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Every update and delete names the version it read (optimistic concurrency). */
export const VersionSchema = z.coerce.number().int().min(1);
export const IdParamSchema = z.strictObject({ id: z.uuid() });
export type IdParam = z.infer<typeof IdParamSchema>;
export const VersionedBodySchema = z.strictObject({ version: VersionSchema });
