import type { Prisma } from '@habeas/db';
import { formatProvision, type LegalProvision, type LegalProvisionRef, searchKey } from '@habeas/shared';

export type LegalProvisionRow = Prisma.LegalProvisionGetPayload<{ select: undefined }>;

/** Database row -> API shape, with the one label every screen and export uses. */
export function toLegalProvision(row: LegalProvisionRow): LegalProvision {
  return {
    ...toLegalProvisionRef(row),
    version: row.version,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}

/** The provision as nested in a charge. */
export function toLegalProvisionRef(row: LegalProvisionRow): LegalProvisionRef {
  return {
    id: row.id,
    code: row.code,
    article: row.article,
    part: row.part,
    category: row.category,
    titleEn: row.titleEn,
    titleRu: row.titleRu,
    titleKk: row.titleKk,
    label: formatProvision(row),
  };
}

/**
 * What a catalogue search matches: the label (code, "art.", article, part) and the titles in
 * every language, folded to one script by searchKey, so "массовые беспорядки", "massovye" and
 * "164" all find their provision.
 */
export function provisionSearchKey(row: LegalProvisionRow): string {
  return searchKey([formatProvision(row), row.titleEn ?? '', row.titleRu ?? '', row.titleKk ?? '']);
}
