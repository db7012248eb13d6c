import {
  type CreateOrganisationInput,
  type Organisation,
  type OrganisationListQuery,
  OrganisationPageSchema,
  OrganisationSchema,
  type Page,
  type UpdateOrganisationInput,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { EntityOption } from '../forms/EntityPicker';

/**
 * Organisations over HTTP. Answers are parsed with the shared schemas: they are the contract (the
 * generated OpenAPI types of this DTO are currently wrong for nullable fields, see the lead's notes).
 */

/** What the list page sends: the shared query with `includeDeleted` as the URL string. */
export type OrganisationListParams = Partial<Omit<OrganisationListQuery, 'includeDeleted'>> & {
  includeDeleted?: 'true' | 'false';
};

export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (params: OrganisationListParams) => [...organisationKeys.lists(), params] as const,
  detail: (id: string) => [...organisationKeys.all, 'detail', id] as const,
  picker: () => [...organisationKeys.all, 'picker'] as const,
};

export async function listOrganisations(
  params: OrganisationListParams,
  signal?: AbortSignal,
): Promise<Page<Organisation>> {
  const { data } = await client.GET('/api/organisations', { params: { query: params }, signal });
  return OrganisationPageSchema.parse(data);
}

export async function getOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  const { data } = await client.GET('/api/organisations/{id}', { params: { path: { id } }, signal });
  return OrganisationSchema.parse(data);
}

export async function createOrganisation(input: CreateOrganisationInput): Promise<Organisation> {
  const { data } = await client.POST('/api/organisations', { body: input });
  return OrganisationSchema.parse(data);
}

export async function updateOrganisation(id: string, input: UpdateOrganisationInput): Promise<Organisation> {
  const { data } = await client.PATCH('/api/organisations/{id}', { params: { path: { id } }, body: input });
  return OrganisationSchema.parse(data);
}

export async function deleteOrganisation(id: string, version: number): Promise<void> {
  await client.DELETE('/api/organisations/{id}', { params: { path: { id }, query: { version } } });
}

export async function restoreOrganisation(id: string, version: number): Promise<Organisation> {
  const { data } = await client.POST('/api/organisations/{id}/restore', {
    params: { path: { id } },
    body: { version },
  });
  return OrganisationSchema.parse(data);
}

/** For pickers (a parent organisation, a court, a prison): the first 20 matches in any script. */
export async function searchOrganisationOptions(
  q: string,
  signal: AbortSignal,
  describe: (organisation: Organisation) => string,
): Promise<EntityOption[]> {
  const page = await listOrganisations(
    { ...(q ? { q } : {}), pageSize: 20, sort: 'name', order: 'asc' },
    signal,
  );
  return page.items.map((o) => ({ id: o.id, label: o.name, description: describe(o) }));
}

export function useOrganisationList(params: OrganisationListParams) {
  return useQuery({
    queryKey: organisationKeys.list(params),
    queryFn: ({ signal }) => listOrganisations(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: ({ signal }) => getOrganisation(id, signal),
  });
}
