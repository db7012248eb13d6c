import { type CaseUpdate, type CaseUpdateKind, CaseUpdatePageSchema, type Page } from '@habeas/shared';
import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/**
 * The timelines of a person and of a case (GET /api/persons/:id/timeline, /api/cases/:id/timeline):
 * the same case updates seen from either side, newest fact first, loaded a page at a time.
 */

export const TIMELINE_PAGE_SIZE = 20;

/** Invalidate `timelineKeys.all` after adding or changing a case update: every timeline refreshes. */
export const timelineKeys = {
  all: ['timeline'] as const,
  person: (personId: string) => [...timelineKeys.all, 'person', personId] as const,
  case: (caseId: string) => [...timelineKeys.all, 'case', caseId] as const,
};

export interface TimelineFilter {
  kind?: CaseUpdateKind;
}

export interface TimelinePageParams extends TimelineFilter {
  page: number;
  pageSize: number;
}

export type TimelineQuery = UseInfiniteQueryResult<InfiniteData<Page<CaseUpdate>, number>, Error>;

export async function listPersonTimeline(
  personId: string,
  params: TimelinePageParams,
  signal?: AbortSignal,
): Promise<Page<CaseUpdate>> {
  const { data } = await client.GET('/api/persons/{id}/timeline', {
    params: { path: { id: personId }, query: params },
    signal,
  });
  return CaseUpdatePageSchema.parse(data);
}

export async function listCaseTimeline(
  caseId: string,
  params: TimelinePageParams,
  signal?: AbortSignal,
): Promise<Page<CaseUpdate>> {
  const { data } = await client.GET('/api/cases/{id}/timeline', {
    params: { path: { id: caseId }, query: params },
    signal,
  });
  return CaseUpdatePageSchema.parse(data);
}

const nextPage = (last: Page<CaseUpdate>) =>
  last.page * last.pageSize < last.total ? last.page + 1 : undefined;

/** A person's timeline, "Load more" fetching the next page. */
export function usePersonTimeline(personId: string, filter: TimelineFilter = {}): TimelineQuery {
  return useInfiniteQuery({
    queryKey: [...timelineKeys.person(personId), 'entries', filter],
    queryFn: ({ pageParam, signal }) =>
      listPersonTimeline(personId, { ...filter, page: pageParam, pageSize: TIMELINE_PAGE_SIZE }, signal),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

/** A case's timeline, "Load more" fetching the next page. */
export function useCaseTimeline(caseId: string, filter: TimelineFilter = {}): TimelineQuery {
  return useInfiniteQuery({
    queryKey: [...timelineKeys.case(caseId), 'entries', filter],
    queryFn: ({ pageParam, signal }) =>
      listCaseTimeline(caseId, { ...filter, page: pageParam, pageSize: TIMELINE_PAGE_SIZE }, signal),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}
