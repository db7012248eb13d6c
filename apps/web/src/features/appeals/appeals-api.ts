import {
  type Appeal,
  type AppealListItem,
  type AppealListQuery,
  AppealPageSchema,
  AppealSchema,
  type CalendarFeed,
  CalendarFeedSchema,
  type CreateAppealInput,
  type DeadlineList,
  DeadlineListSchema,
  type Page,
  type UpdateAppealInput,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/** Appeals, deadlines and the calendar feed over HTTP; answers parsed with the shared schemas. */

type Bool = 'true' | 'false';

export type AppealListParams = Partial<Omit<AppealListQuery, 'includeDeleted' | 'overdue'>> & {
  includeDeleted?: Bool;
  overdue?: Bool;
};

export const appealKeys = {
  all: ['appeals'] as const,
  lists: () => [...appealKeys.all, 'list'] as const,
  list: (params: AppealListParams) => [...appealKeys.lists(), params] as const,
  deadlines: (days: number, includeOverdue: boolean) => ['deadlines', { days, includeOverdue }] as const,
};

export async function listAppeals(
  params: AppealListParams,
  signal?: AbortSignal,
): Promise<Page<AppealListItem>> {
  const { data } = await client.GET('/api/appeals', { params: { query: params }, signal });
  return AppealPageSchema.parse(data);
}

export async function createAppeal(caseId: string, input: CreateAppealInput): Promise<Appeal> {
  const { data } = await client.POST('/api/cases/{id}/appeals', {
    params: { path: { id: caseId } },
    body: input,
  });
  return AppealSchema.parse(data);
}

export async function updateAppeal(id: string, input: UpdateAppealInput): Promise<Appeal> {
  const { data } = await client.PATCH('/api/appeals/{id}', { params: { path: { id } }, body: input });
  return AppealSchema.parse(data);
}

export async function deleteAppeal(id: string, version: number): Promise<void> {
  await client.DELETE('/api/appeals/{id}', { params: { path: { id }, query: { version } } });
}

export async function listDeadlines(
  days: number,
  includeOverdue: boolean,
  signal?: AbortSignal,
): Promise<DeadlineList> {
  const { data } = await client.GET('/api/deadlines', {
    params: { query: { days, includeOverdue: includeOverdue ? 'true' : 'false' } },
    signal,
  });
  return DeadlineListSchema.parse(data);
}

/** A new secret feed URL (the previous one stops working). Made absolute for calendar apps. */
export async function createCalendarFeed(): Promise<CalendarFeed> {
  const { data } = await client.POST('/api/deadlines/calendar-token');
  const feed = CalendarFeedSchema.parse(data);
  const origin = globalThis.location?.origin ?? '';
  return { url: feed.url.startsWith('/') ? `${origin}${feed.url}` : feed.url };
}

export async function revokeCalendarFeed(): Promise<void> {
  await client.DELETE('/api/deadlines/calendar-token');
}

export function useAppealList(params: AppealListParams) {
  return useQuery({
    queryKey: appealKeys.list(params),
    queryFn: ({ signal }) => listAppeals(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDeadlines(days: number, includeOverdue: boolean) {
  return useQuery({
    queryKey: appealKeys.deadlines(days, includeOverdue),
    queryFn: ({ signal }) => listDeadlines(days, includeOverdue, signal),
    placeholderData: keepPreviousData,
  });
}
