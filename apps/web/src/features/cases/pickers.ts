import {
  type LegalProvision,
  LegalProvisionPageSchema,
  LegalProvisionSchema,
  type OrganisationType,
  PersonPageSchema,
  type Role,
  StaffDirectorySchema,
} from '@habeas/shared';
import { useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { EntityOption } from '../forms/EntityPicker';
import { getOrganisation, listOrganisations } from '../organisations/organisations-api';

/**
 * Searches behind the pickers of the case file (persons, legal provisions, courts, staff). Each
 * asks a list endpoint for its first 20 matches; `?q=` matches names in any script.
 */

export const pickerKeys = {
  persons: ['persons', 'picker'] as const,
  provisions: ['legal-provisions', 'picker'] as const,
  organisations: (type?: OrganisationType) => ['organisations', 'picker', type ?? 'any'] as const,
  staff: ['staff-directory', 'picker'] as const,
};

export async function searchPersonOptions(q: string, signal: AbortSignal): Promise<EntityOption[]> {
  const { data } = await client.GET('/api/persons', {
    params: { query: { ...(q ? { q } : {}), pageSize: 20, sort: 'displayName', order: 'asc' } },
    signal,
  });
  return PersonPageSchema.parse(data).items.map((p) => {
    const others = p.names
      .map((n) => n.value)
      .filter((v) => v !== p.displayName)
      .slice(0, 2)
      .join(' · ');
    return { id: p.id, label: p.displayName, ...(others ? { description: others } : {}) };
  });
}

/** The provision's title in the interface language, falling back to the others. */
export function provisionTitle(
  p: Pick<LegalProvision, 'titleEn' | 'titleRu' | 'titleKk'>,
  language: string,
): string | null {
  const order =
    language === 'ru'
      ? [p.titleRu, p.titleKk, p.titleEn]
      : language === 'kk'
        ? [p.titleKk, p.titleRu, p.titleEn]
        : [p.titleEn, p.titleRu, p.titleKk];
  return order.find((title) => title && title.trim() !== '') ?? null;
}

export async function searchProvisionOptions(
  q: string,
  signal: AbortSignal,
  language: string,
): Promise<EntityOption[]> {
  const { data } = await client.GET('/api/legal-provisions', {
    params: { query: { ...(q ? { q } : {}), pageSize: 20, sort: 'code', order: 'asc' } },
    signal,
  });
  return LegalProvisionPageSchema.parse(data).items.map((p) => {
    const title = provisionTitle(p, language);
    return { id: p.id, label: p.label, ...(title ? { description: title } : {}) };
  });
}

export async function getProvision(id: string, signal?: AbortSignal): Promise<LegalProvision> {
  const { data } = await client.GET('/api/legal-provisions/{id}', { params: { path: { id } }, signal });
  return LegalProvisionSchema.parse(data);
}

export async function searchOrganisationsOfType(
  q: string,
  signal: AbortSignal,
  type?: OrganisationType,
): Promise<EntityOption[]> {
  const page = await listOrganisations(
    { ...(q ? { q } : {}), ...(type ? { type } : {}), pageSize: 20, sort: 'name', order: 'asc' },
    signal,
  );
  return page.items.map((o) => ({
    id: o.id,
    label: o.name,
    ...(o.region ? { description: o.region } : {}),
  }));
}

/**
 * Staff who may be assigned to a case (GET /api/staff-directory: coordinators and admins; active
 * accounts that can edit case data, names in any script). `describe` labels the role.
 */
export async function searchStaffOptions(
  q: string,
  signal: AbortSignal,
  describe: (role: Role) => string,
): Promise<EntityOption[]> {
  const { data } = await client.GET('/api/staff-directory', {
    params: { query: { ...(q ? { q } : {}), limit: 20 } },
    signal,
  });
  return StaffDirectorySchema.parse(data).items.map((s) => ({
    id: s.id,
    label: s.name,
    description: describe(s.role),
  }));
}

/** The name of a record whose id is in the URL (a list filter), for the picker showing it. */
export function useOrganisationOption(id: string | undefined) {
  return useQuery({
    queryKey: ['organisations', 'option', id],
    queryFn: async ({ signal }): Promise<EntityOption> => {
      const o = await getOrganisation(id as string, signal);
      return { id: o.id, label: o.name };
    },
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useProvisionOption(id: string | undefined) {
  return useQuery({
    queryKey: ['legal-provisions', 'option', id],
    queryFn: async ({ signal }): Promise<EntityOption> => {
      const p = await getProvision(id as string, signal);
      return { id: p.id, label: p.label };
    },
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}
