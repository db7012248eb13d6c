import type { Prisma } from '@habeas/db';
import type { CaseUpdate, SourceCitation } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import type { SourcePlainRow } from '../sources/source.mapper';

export const caseUpdateInclude = {
  person: { select: { id: true, displayName: true } },
  legalCase: { select: { id: true, title: true, caseNumber: true } },
  author: { select: { id: true, name: true } },
  // Sources added together share created_at: the title then makes the order stable.
  sources: {
    include: { source: true },
    orderBy: [{ createdAt: 'asc' }, { source: { title: 'asc' } }, { id: 'asc' }],
  },
} satisfies Prisma.CaseUpdateInclude;

export type CaseUpdateRow = Prisma.CaseUpdateGetPayload<{ include: typeof caseUpdateInclude }>;

/** How one reader sees a cited source: null drops it from the update (restricted or deleted source). */
export type CiteSource = (source: SourcePlainRow) => SourceCitation | null;

/** Database row -> API shape; `cite` decides which sources the reader receives and how redacted. */
export function toCaseUpdate(row: CaseUpdateRow, cite: CiteSource): CaseUpdate {
  return {
    id: row.id,
    version: row.version,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    person: row.person,
    case: row.legalCase,
    // factOn is NOT NULL, so the imprecise date is always there.
    factOn: dateFromDb(row.factOn, row.factOnPrecision)!,
    kind: row.kind,
    title: row.title,
    body: row.body,
    author: row.author,
    sources: row.sources.flatMap((link) => {
      const cited = cite(link.source);
      return cited ? [{ ...cited, locator: link.locator }] : [];
    }),
  };
}
