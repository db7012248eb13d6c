import {
  type CreateLegalProvisionInput,
  type LegalProvision,
  type LegalProvisionListQuery,
  LegalProvisionPageSchema,
  LegalProvisionSchema,
  type Page,
  type UpdateLegalProvisionInput,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/** The catalogue of legal provisions over HTTP. Answers are parsed with the shared schemas (the contract). */

/** What the list page sends: the shared query with `includeDeleted` as the URL string. */
export type LegalProvisionListParams = Partial<Omit<LegalProvisionListQuery, 'includeDeleted'>> & {
  includeDeleted?: 'true' | 'false';
};

/**
 * Under 'legal-provisions' like the pickers of the case file and the person page
 * (['legal-provisions', 'picker' | 'option' | 'detail', ...]), so a save here refreshes them too.
 */
export const legalProvisionKeys = {
  all: ['legal-provisions'] as const,
  lists: () => [...legalProvisionKeys.all, 'list'] as const,
  list: (params: LegalProvisionListParams) => [...legalProvisionKeys.lists(), params] as const,
  detail: (id: string) => [...legalProvisionKeys.all, 'detail', id] as const,
  picker: () => [...legalProvisionKeys.all, 'picker'] as const,
  options: () => [...legalProvisionKeys.all, 'option'] as const,
};

export async function listLegalProvisions(
  params: LegalProvisionListParams,
  signal?: AbortSignal,
): Promise<Page<LegalProvision>> {
  const { data } = await client.GET('/api/legal-provisions', { params: { query: params }, signal });
  return LegalProvisionPageSchema.parse(data);
}

export async function getLegalProvision(id: string, signal?: AbortSignal): Promise<LegalProvision> {
  const { data } = await client.GET('/api/legal-provisions/{id}', { params: { path: { id } }, signal });
  return LegalProvisionSchema.parse(data);
}

export async function createLegalProvision(input: CreateLegalProvisionInput): Promise<LegalProvision> {
  const { data } = await client.POST('/api/legal-provisions', { body: input });
  return LegalProvisionSchema.parse(data);
}

export async function updateLegalProvision(
  id: string,
  input: UpdateLegalProvisionInput,
): Promise<LegalProvision> {
  const { data } = await client.PATCH('/api/legal-provisions/{id}', {
    params: { path: { id } },
    body: input,
  });
  return LegalProvisionSchema.parse(data);
}

export async function deleteLegalProvision(id: string, version: number): Promise<void> {
  await client.DELETE('/api/legal-provisions/{id}', { params: { path: { id }, query: { version } } });
}

export async function restoreLegalProvision(id: string, version: number): Promise<LegalProvision> {
  const { data } = await client.POST('/api/legal-provisions/{id}/restore', {
    params: { path: { id } },
    body: { version },
  });
  return LegalProvisionSchema.parse(data);
}

export function useLegalProvisionList(params: LegalProvisionListParams) {
  return useQuery({
    queryKey: legalProvisionKeys.list(params),
    queryFn: ({ signal }) => listLegalProvisions(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLegalProvision(id: string) {
  return useQuery({
    queryKey: legalProvisionKeys.detail(id),
    queryFn: ({ signal }) => getLegalProvision(id, signal),
  });
}
