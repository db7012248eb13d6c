import type { Prisma } from '@habeas/db';
import {
  type Confidentiality,
  derivePersonStatus,
  expectedSentenceEnd,
  type NameVariant,
  type Person,
  type PersonListItem,
  type PersonStatusFacts,
} from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import { recordMeta } from '../proceedings/record-view';
import { firstDetainedOn, type statusFactsInclude, toStatusFacts } from './person-status.facts';

export const personNamesOrder = [
  { isPrimary: 'desc' },
  { script: 'asc' },
  { value: 'asc' },
] satisfies Prisma.PersonNameOrderByWithRelationInput[];

export const personInclude = {
  names: { orderBy: personNamesOrder },
} satisfies Prisma.PersonInclude;

export type PersonRow = Prisma.PersonGetPayload<{ include: typeof personInclude }>;

type NameRow = PersonRow['names'][number];

export function toNameVariant(n: NameRow): NameVariant {
  return {
    id: n.id,
    value: n.value,
    script: n.script,
    kind: n.kind,
    language: n.language,
    isPrimary: n.isPrimary,
  };
}

/**
 * Database row -> the person's own fields (no derived status, no linked records). This is also
 * what the audit trail records, UNREDACTED: the audit module redacts on read by entity type.
 */
export function toPerson(row: PersonRow): Person {
  return {
    ...recordMeta(row),
    displayName: row.displayName,
    names: row.names.map(toNameVariant),
    gender: row.gender,
    birthDate: dateFromDb(row.birthDate, row.birthDatePrecision),
    nationality: row.nationality,
    ethnicity: row.ethnicity,
    occupation: row.occupation,
    residenceRegion: row.residenceRegion,
    notes: row.notes,
    healthNotes: row.healthNotes,
    address: row.address,
    statusOverride: row.statusOverride,
    statusOverrideOn: dateFromDb(row.statusOverrideOn, row.statusOverrideOnPrecision),
  };
}

type ListRow = Prisma.PersonGetPayload<{
  include: typeof personInclude & ReturnType<typeof statusFactsInclude>;
}>;

/** A row of the persons list, with the status derived on `statusOn` from what the reader may see. */
export function toPersonListItem(row: ListRow, levels: Confidentiality[], statusOn: string): PersonListItem {
  const facts = toStatusFacts(row, levels);
  return {
    ...recordMeta(row),
    displayName: row.displayName,
    names: row.names.map(toNameVariant),
    gender: row.gender,
    birthDate: dateFromDb(row.birthDate, row.birthDatePrecision),
    nationality: row.nationality,
    occupation: row.occupation,
    residenceRegion: row.residenceRegion,
    status: derivePersonStatus(facts, statusOn).status,
    firstDetainedOn: firstDetainedOn(facts),
    sentence: sentenceInForce(facts),
  };
}

/** The latest verdict among the sentences not superseded, with its actual or expected release. */
function sentenceInForce(facts: PersonStatusFacts): PersonListItem['sentence'] {
  const inForce = facts.sentences.filter((s) => !s.superseded);
  if (inForce.length === 0) return null;
  const latest = [...inForce].sort((a, b) =>
    (b.verdictOn?.value ?? '').localeCompare(a.verdictOn?.value ?? ''),
  )[0]!;
  const expected = expectedSentenceEnd(latest.startedOn, latest.term);
  return {
    kind: latest.kind,
    term: latest.term,
    verdictOn: latest.verdictOn,
    releaseOn: latest.actualReleaseOn ?? expected,
    released: latest.actualReleaseOn !== null,
  };
}
