import type { Prisma } from '@habeas/db';
import {
  admiraltyGrade,
  type InformationCredibility,
  type Source,
  type SourceCitation,
} from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';

export const sourceInclude = {
  publisher: { select: { id: true, name: true } },
} satisfies Prisma.SourceInclude;

export type SourceRow = Prisma.SourceGetPayload<{ include: typeof sourceInclude }>;
/** A bare sources row (as nested in case updates and casualty figures). */
export type SourcePlainRow = Prisma.SourceGetPayload<object>;

type DbCredibility = NonNullable<SourcePlainRow['credibility']>;

/** The Prisma enum names credibility c1..c6 (an identifier cannot be a digit); the API and PostgreSQL say '1'..'6'. */
export function credibilityFromDb(value: DbCredibility | null): InformationCredibility | null {
  return value ? (value.slice(1) as InformationCredibility) : null;
}

export function credibilityToDb(value: InformationCredibility): DbCredibility;
export function credibilityToDb(
  value: InformationCredibility | null | undefined,
): DbCredibility | null | undefined;
export function credibilityToDb(
  value: InformationCredibility | null | undefined,
): DbCredibility | null | undefined {
  return value ? (`c${value}` as DbCredibility) : value;
}

/**
 * Database row -> API shape, UNREDACTED (audit entries keep the whole record). What a reader
 * receives always goes through PolicyService.redact('Source', ...).
 */
export function toSource(row: SourceRow): Source {
  const credibility = credibilityFromDb(row.credibility);
  return {
    id: row.id,
    version: row.version,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    kind: row.kind,
    title: row.title,
    citation: row.citation,
    url: row.url,
    publisher: row.publisher,
    publishedOn: dateFromDb(row.publishedOn, row.publishedOnPrecision),
    author: row.author,
    reliability: row.reliability,
    credibility,
    grade: admiraltyGrade(row.reliability, credibility),
    language: row.language,
    identityConfidentiality: row.identityConfidentiality,
    contact: row.contact,
    notes: row.notes,
  };
}

/** A source as cited inside another record, UNREDACTED (see citeSource for what readers get). */
export function toSourceCitation(row: SourcePlainRow): SourceCitation {
  const credibility = credibilityFromDb(row.credibility);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    citation: row.citation,
    url: row.url,
    publishedOn: dateFromDb(row.publishedOn, row.publishedOnPrecision),
    author: row.author,
    reliability: row.reliability,
    credibility,
    grade: admiraltyGrade(row.reliability, credibility),
    identityConfidentiality: row.identityConfidentiality,
    confidentiality: row.confidentiality,
  };
}
