import { z } from 'zod';

/**
 * The global search box: one query over every kind of record, in any script. The query goes
 * through the same normalizeForSearch as the stored search keys (see names/normalize), so
 * `Kozlov`, `Козлов` and `kozlov vladimir` find the same person.
 */

/** What a search hit can be; also the values of `?types=`. */
export const SEARCH_RESULT_TYPES = [
  'person',
  'organisation',
  'event',
  'case',
  'provision',
  'update',
] as const;
export const SearchResultTypeSchema = z.enum(SEARCH_RESULT_TYPES);
export type SearchResultType = z.infer<typeof SearchResultTypeSchema>;

/** Longest accepted query: names and article numbers are short; a pasted paragraph is a mistake. */
export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_LIMIT_MAX = 50;

/** `?types=person,case` (comma-separated, or the parameter repeated); all types when absent. */
const TypesParamSchema = z
  .union([z.string().max(200), z.array(z.string().max(50)).max(10)])
  .optional()
  .transform((value) => {
    if (value === undefined) return [...SEARCH_RESULT_TYPES];
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','));
    return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
  })
  .pipe(z.array(SearchResultTypeSchema).min(1, 'name at least one type'));

export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(SEARCH_QUERY_MAX_LENGTH),
  types: TypesParamSchema,
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  type: SearchResultTypeSchema,
  id: z.uuid(),
  /** Plain text (the client escapes it): display name, title, case number, article. */
  title: z.string(),
  /** Plain text: what kind of record it is and where it belongs (never a sensitive field). */
  subtitle: z.string().nullable(),
  /**
   * HTML-safe: the matched name variant (in its original script) or an excerpt of the text, every
   * character HTML-escaped except the `<mark>…</mark>` around the matched part.
   */
  snippet: z.string(),
  /** Relevance: 1 = every query word matched a whole word, ~0.75 prefixes, below 0.5 fuzzy matches. */
  score: z.number(),
  /** For a case update: the person or case it belongs to (when the actor may see it). */
  parent: z.object({ type: z.enum(['person', 'case']), id: z.uuid(), title: z.string() }).nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultsSchema = z.object({
  /** The query as received (trimmed). */
  query: z.string(),
  /** The query as matched: normalised, script-insensitive tokens joined by spaces. */
  normalized: z.string(),
  items: z.array(SearchHitSchema),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;
