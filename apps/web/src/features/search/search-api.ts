import {
  SEARCH_QUERY_MAX_LENGTH,
  type SearchHit,
  type SearchResults,
  SearchResultsSchema,
  type SearchResultType,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/** The global search over HTTP: one query over every kind of record, in any script. */

export const SEARCH_LIMIT = 50;

export const searchKeys = {
  all: ['search'] as const,
  query: (q: string, types: readonly SearchResultType[]) =>
    [...searchKeys.all, q, [...types].sort()] as const,
};

export async function searchEverything(
  q: string,
  types: readonly SearchResultType[],
  signal?: AbortSignal,
): Promise<SearchResults> {
  const { data } = await client.GET('/api/search', {
    params: {
      query: {
        q: q.slice(0, SEARCH_QUERY_MAX_LENGTH),
        limit: SEARCH_LIMIT,
        ...(types.length > 0 ? { types: types.join(',') } : {}),
      },
    },
    signal,
  });
  return SearchResultsSchema.parse(data);
}

export function useSearch(q: string, types: readonly SearchResultType[]) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: searchKeys.query(trimmed, types),
    queryFn: ({ signal }) => searchEverything(trimmed, types, signal),
    enabled: trimmed !== '',
    placeholderData: keepPreviousData,
  });
}

/** Where a hit opens: its own page, or (a case update) the person or case it belongs to. */
export function hitPath(hit: SearchHit): string | null {
  switch (hit.type) {
    case 'person':
      return `/persons/${hit.id}`;
    case 'case':
      return `/cases/${hit.id}`;
    case 'event':
      return `/events/${hit.id}`;
    case 'organisation':
      return `/organisations/${hit.id}`;
    case 'provision':
      return `/legal-provisions/${hit.id}`;
    case 'update':
      return hit.parent ? `/${hit.parent.type === 'person' ? 'persons' : 'cases'}/${hit.parent.id}` : null;
    default:
      return null;
  }
}
