import type { Prisma } from '@habeas/db';
import type { SavedSearch, SavedSearchFilters } from '@habeas/shared';

export const savedSearchInclude = {
  owner: { select: { id: true, name: true } },
} satisfies Prisma.SavedSearchInclude;

export type SavedSearchRow = Prisma.SavedSearchGetPayload<{ include: typeof savedSearchInclude }>;

/** Keeps only string / string[] values: the stored JSON was validated on write, this is belt and braces. */
function filtersOf(value: Prisma.JsonValue): SavedSearchFilters {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: SavedSearchFilters = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[key] = v as string[];
  }
  return out;
}

/** Row -> API shape; `mine` is relative to the user reading it. */
export function toSavedSearch(row: SavedSearchRow, actorId: string): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    query: row.query,
    filters: filtersOf(row.filters),
    shared: row.shared,
    owner: { id: row.owner.id, name: row.owner.name },
    mine: row.ownerId === actorId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
