import { type Statistics, type StatisticsQuery, StatisticsSchema } from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import { fileNameFrom, saveFile } from '../exports/exports-api';

/** Statistics over HTTP: the counts (GET /api/statistics) and the report files (XLSX, PDF). */

export const statisticsKeys = {
  all: ['statistics'] as const,
  query: (query: StatisticsQuery) => [...statisticsKeys.all, query] as const,
};

/** The query without empty values (the API refuses an empty `from`). */
export function cleanStatisticsQuery(query: Partial<Record<keyof StatisticsQuery, string | undefined>>) {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  ) as StatisticsQuery;
}

export async function getStatistics(query: StatisticsQuery, signal?: AbortSignal): Promise<Statistics> {
  const { data } = await client.GET('/api/statistics', { params: { query }, signal });
  return StatisticsSchema.parse(data);
}

export function useStatistics(query: StatisticsQuery = {}) {
  return useQuery({
    queryKey: statisticsKeys.query(query),
    queryFn: ({ signal }) => getStatistics(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Fetches the statistics report as a file and hands it to the browser. */
export async function downloadStatisticsReport(
  format: 'xlsx' | 'pdf',
  query: StatisticsQuery,
): Promise<void> {
  const path = format === 'pdf' ? '/api/statistics/report.pdf' : '/api/statistics/report.xlsx';
  const { data, response } = await client.GET(path as '/api/statistics/report.pdf', {
    params: { query },
    parseAs: 'blob',
  });
  saveFile(
    data as Blob,
    fileNameFrom(response.headers.get('content-disposition'), `habeas-statistics.${format}`),
  );
}
