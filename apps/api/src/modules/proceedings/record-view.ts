import { type Confidentiality, toIsoDateUtc } from '@habeas/shared';
import type { Actor } from '../../common/actor';
import type { PolicyService } from '../policy/policy.service';

/**
 * What one reader may see, and "today" for the derived values, fixed once per request so every
 * record of one answer is computed against the same day. Nested records (the court of a hearing,
 * the judge, the appellant) are shown only when the reader may see them.
 */
export interface RecordView {
  levels: Confidentiality[];
  /** 'YYYY-MM-DD', the UTC day of the request. */
  today: string;
  now: Date;
}

export function recordView(policy: PolicyService, actor: Actor, now = new Date()): RecordView {
  return { levels: policy.levels(actor), today: toIsoDateUtc(now), now };
}

export function canView(view: RecordView, level: Confidentiality): boolean {
  return view.levels.includes(level);
}

/** Prisma `where` for a related record the reader may see: visible level, not deleted. */
export function visibleTo(view: RecordView): { confidentiality: { in: Confidentiality[] }; deletedAt: null } {
  return { confidentiality: { in: view.levels }, deletedAt: null };
}

export const personRefSelect = {
  id: true,
  displayName: true,
  confidentiality: true,
  deletedAt: true,
} as const;
export const organisationRefSelect = {
  id: true,
  name: true,
  confidentiality: true,
  deletedAt: true,
} as const;

type RefRow = { id: string; confidentiality: Confidentiality; deletedAt: Date | null };

/** A person as nested in a record, or null when the reader may not see them. */
export function personRef(
  view: RecordView,
  person: (RefRow & { displayName: string }) | null,
): { id: string; displayName: string } | null {
  return person && canView(view, person.confidentiality) && !person.deletedAt
    ? { id: person.id, displayName: person.displayName }
    : null;
}

/** An organisation as nested in a record (a court, an appeal body), or null when not visible. */
export function organisationRef(
  view: RecordView,
  organisation: (RefRow & { name: string }) | null,
): { id: string; name: string } | null {
  // A court that was later soft-deleted still decided the case: keep showing its name.
  return organisation && canView(view, organisation.confidentiality)
    ? { id: organisation.id, name: organisation.name }
    : null;
}

/** The fields every mutable record returns (RecordMetaSchema). */
export function recordMeta(row: {
  id: string;
  version: number;
  confidentiality: Confidentiality;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}) {
  return {
    id: row.id,
    version: row.version,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
