import {
  type CreateSourceInput,
  type Page,
  type Source,
  type SourceListQuery,
  SourcePageSchema,
  SourceSchema,
  type UpdateSourceInput,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { EntityOption } from '../forms/EntityPicker';

/** Sources over HTTP; answers parsed with the shared schemas (identity fields may be absent). */

export type SourceListParams = Partial<Omit<SourceListQuery, 'includeDeleted' | 'from' | 'to'>> & {
  includeDeleted?: 'true' | 'false';
  from?: string;
  to?: string;
};

export const sourceKeys = {
  all: ['sources'] as const,
  lists: () => [...sourceKeys.all, 'list'] as const,
  list: (params: SourceListParams) => [...sourceKeys.lists(), params] as const,
  detail: (id: string) => [...sourceKeys.all, 'detail', id] as const,
  picker: () => [...sourceKeys.all, 'picker'] as const,
};

export async function listSources(params: SourceListParams, signal?: AbortSignal): Promise<Page<Source>> {
  const { data } = await client.GET('/api/sources', { params: { query: params }, signal });
  return SourcePageSchema.parse(data);
}

export async function getSource(id: string, signal?: AbortSignal): Promise<Source> {
  const { data } = await client.GET('/api/sources/{id}', { params: { path: { id } }, signal });
  return SourceSchema.parse(data);
}

export async function createSource(input: CreateSourceInput): Promise<Source> {
  const { data } = await client.POST('/api/sources', { body: input });
  return SourceSchema.parse(data);
}

export async function updateSource(id: string, input: UpdateSourceInput): Promise<Source> {
  const { data } = await client.PATCH('/api/sources/{id}', { params: { path: { id } }, body: input });
  return SourceSchema.parse(data);
}

export async function deleteSource(id: string, version: number): Promise<void> {
  await client.DELETE('/api/sources/{id}', { params: { path: { id }, query: { version } } });
}

export async function restoreSource(id: string, version: number): Promise<Source> {
  const { data } = await client.POST('/api/sources/{id}/restore', {
    params: { path: { id } },
    body: { version },
  });
  return SourceSchema.parse(data);
}

/** For pickers (the source of a casualty figure): the first 20 matches, with their grade. */
export async function searchSourceOptions(
  q: string,
  signal: AbortSignal,
  describe: (source: Source) => string,
): Promise<EntityOption[]> {
  const page = await listSources({ ...(q ? { q } : {}), pageSize: 20 }, signal);
  return page.items.map((s) => ({ id: s.id, label: s.title, description: describe(s) }));
}

export function useSourceList(params: SourceListParams) {
  return useQuery({
    queryKey: sourceKeys.list(params),
    queryFn: ({ signal }) => listSources(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSource(id: string) {
  return useQuery({
    queryKey: sourceKeys.detail(id),
    queryFn: ({ signal }) => getSource(id, signal),
  });
}
