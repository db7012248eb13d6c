import { z } from 'zod';
import { VersionSchema } from '../common';
import { shortText } from '../domain';

/**
 * A named search a user can re-run: the free text and the filters of one list (scope), private
 * or shared with colleagues. Results are always computed with the permissions of whoever runs it.
 */

/** Which list the search applies to (database enum `search_scope`). */
export const SearchScopeSchema = z.enum([
  'persons',
  'organisations',
  'events',
  'cases',
  'case_updates',
  'sources',
  'appeals',
]);
export type SearchScope = z.infer<typeof SearchScopeSchema>;

const FILTER_KEY = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;
const filterValue = z.string().max(500);

/**
 * The list's filters as its query string would carry them: `{ stage: 'trial', region: ['A', 'B'] }`.
 * Only strings and arrays of strings, so a saved search can never smuggle in an object or a script.
 */
export const SavedSearchFiltersSchema = z
  .record(
    z.string().regex(FILTER_KEY, 'filter names are letters, digits, "_" or "." (at most 64)'),
    z.union([filterValue, z.array(filterValue).max(50)]),
  )
  .refine((filters) => Object.keys(filters).length <= 30, 'at most 30 filters');
export type SavedSearchFilters = z.infer<typeof SavedSearchFiltersSchema>;

const savedSearchFields = {
  name: shortText(120),
  scope: SearchScopeSchema,
  query: z.string().trim().max(200).default(''),
  filters: SavedSearchFiltersSchema.default({}),
  shared: z.boolean().default(false),
};

export const CreateSavedSearchInputSchema = z.strictObject(savedSearchFields);
export type CreateSavedSearchInput = z.infer<typeof CreateSavedSearchInputSchema>;

/** A partial update naming the version it read. */
export const UpdateSavedSearchInputSchema = z.strictObject({
  name: savedSearchFields.name.optional(),
  scope: SearchScopeSchema.optional(),
  query: z.string().trim().max(200).optional(),
  filters: SavedSearchFiltersSchema.optional(),
  shared: z.boolean().optional(),
  version: VersionSchema,
});
export type UpdateSavedSearchInput = z.infer<typeof UpdateSavedSearchInputSchema>;

export const SavedSearchSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: SearchScopeSchema,
  query: z.string(),
  filters: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  shared: z.boolean(),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  /** True when the actor owns it (and so may change or delete it). */
  mine: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const SavedSearchListQuerySchema = z.strictObject({
  scope: SearchScopeSchema.optional(),
});
export type SavedSearchListQuery = z.infer<typeof SavedSearchListQuerySchema>;

export const SavedSearchListSchema = z.object({ items: z.array(SavedSearchSchema) });
export type SavedSearchList = z.infer<typeof SavedSearchListSchema>;
