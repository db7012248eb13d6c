import {
  type CaseUpdate,
  CaseUpdatePageSchema,
  type DeadlineList,
  DeadlineListSchema,
  type Page,
} from '@habeas/shared';
import { useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/** What the dashboard reads besides the statistics: deadlines ahead and the latest case updates. */

export const dashboardKeys = {
  all: ['dashboard'] as const,
  deadlines: (days: number) => [...dashboardKeys.all, 'deadlines', days] as const,
  recentUpdates: (size: number) => [...dashboardKeys.all, 'recent-updates', size] as const,
};

export async function listDeadlines(days: number, signal?: AbortSignal): Promise<DeadlineList> {
  const { data } = await client.GET('/api/deadlines', {
    params: { query: { days, includeOverdue: 'true' } },
    signal,
  });
  return DeadlineListSchema.parse(data);
}

export async function listRecentCaseUpdates(
  pageSize: number,
  signal?: AbortSignal,
): Promise<Page<CaseUpdate>> {
  const { data } = await client.GET('/api/case-updates', {
    params: { query: { pageSize, sort: 'createdAt', order: 'desc' } },
    signal,
  });
  return CaseUpdatePageSchema.parse(data);
}

/** Appeal deadlines and hearings in the next `days` days, and deadlines already missed. */
export function useDeadlines(days = 14) {
  return useQuery({
    queryKey: dashboardKeys.deadlines(days),
    queryFn: ({ signal }) => listDeadlines(days, signal),
  });
}

export function useRecentCaseUpdates(pageSize = 8) {
  return useQuery({
    queryKey: dashboardKeys.recentUpdates(pageSize),
    queryFn: ({ signal }) => listRecentCaseUpdates(pageSize, signal),
  });
}
