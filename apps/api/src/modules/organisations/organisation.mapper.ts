import type { Prisma } from '@habeas/db';
import type { Organisation } from '@habeas/shared';

export const organisationInclude = {
  names: { orderBy: [{ isPrimary: 'desc' }, { value: 'asc' }] },
  parent: { select: { id: true, name: true } },
} satisfies Prisma.OrganisationInclude;

export type OrganisationRow = Prisma.OrganisationGetPayload<{ include: typeof organisationInclude }>;

/** Database row -> API shape (ISO timestamps, no internal columns such as search_key). */
export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    version: row.version,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    name: row.name,
    type: row.type,
    country: row.country,
    region: row.region,
    notes: row.notes,
    parent: row.parent,
    names: row.names.map((n) => ({
      id: n.id,
      value: n.value,
      script: n.script,
      kind: n.kind,
      language: n.language,
      isPrimary: n.isPrimary,
    })),
  };
}
