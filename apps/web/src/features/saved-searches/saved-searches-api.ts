import {
  type CreateSavedSearchInput,
  CreateSavedSearchInputSchema,
  type SavedSearch,
  type SavedSearchList,
  SavedSearchListSchema,
  SavedSearchSchema,
  type SearchScope,
  SearchScopeSchema,
} from '@habeas/shared';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { client } from '../../api/client';

/** Saved searches over HTTP: the user's own and those colleagues shared, per list (scope). */

export const savedSearchKeys = {
  all: ['saved-searches'] as const,
  list: (scope: SearchScope) => [...savedSearchKeys.all, 'list', scope] as const,
};

/** A list page names its scope as it likes ('case-updates'); the API says 'case_updates'. */
export function toSearchScope(scope: string): SearchScope | null {
  const parsed = SearchScopeSchema.safeParse(scope.replace(/-/g, '_'));
  return parsed.success ? parsed.data : null;
}

export async function listSavedSearches(scope: SearchScope, signal?: AbortSignal): Promise<SavedSearchList> {
  const { data } = await client.GET('/api/saved-searches', { params: { query: { scope } }, signal });
  return SavedSearchListSchema.parse(data);
}

export async function createSavedSearch(
  input: z.input<typeof CreateSavedSearchInputSchema>,
): Promise<SavedSearch> {
  const body: CreateSavedSearchInput = CreateSavedSearchInputSchema.parse(input);
  const { data } = await client.POST('/api/saved-searches', { body });
  return SavedSearchSchema.parse(data);
}

export async function deleteSavedSearch(id: string, version: number): Promise<void> {
  await client.DELETE('/api/saved-searches/{id}', { params: { path: { id }, query: { version } } });
}

export function useSavedSearches(scope: SearchScope | null, enabled = true) {
  return useQuery({
    queryKey: savedSearchKeys.list(scope ?? 'persons'),
    queryFn: ({ signal }) => listSavedSearches(scope as SearchScope, signal),
    enabled: enabled && scope !== null,
  });
}

/** Saved filters may hold a list (`region: ['A', 'B']`); list pages use one string per filter. */
export function flattenFilters(filters: SavedSearch['filters']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value]),
  );
}

/** The filters worth saving: empty values left out. */
export function cleanFilters(filters: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  );
}
