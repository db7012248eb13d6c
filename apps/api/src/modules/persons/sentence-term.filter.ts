import { PrismaClient } from '@habeas/db';
import type { Confidentiality } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';

/**
 * The sentence-length filter of the persons list: persons with a sentence in force (not
 * superseded by a later one the reader may see) whose term lies in [min, max] months. A term is
 * years, months and days; days count as a fraction of a month (30 days = 1 month), so "7 years
 * 6 months" is 90 months. Fines have no term and never match. Computed in SQL because the term
 * is three columns, which a Prisma `where` cannot add up.
 */
@Injectable()
export class SentenceTermFilter {
  constructor(@Inject(PrismaClient) private readonly prisma: PrismaClient) {}

  async personIds(minMonths: number | undefined, maxMonths: number | undefined, levels: Confidentiality[]) {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT s.person_id::text AS id
      FROM sentences s
      WHERE s.deleted_at IS NULL
        AND s.kind <> 'fine'
        AND s.confidentiality = ANY (${levels}::text[]::confidentiality[])
        AND NOT EXISTS (
          SELECT 1 FROM sentences later
          WHERE later.supersedes_id = s.id AND later.deleted_at IS NULL
            AND later.confidentiality = ANY (${levels}::text[]::confidentiality[]))
        AND (${minMonths ?? null}::numeric IS NULL
             OR s.term_years * 12 + s.term_months + s.term_days / 30.0 >= ${minMonths ?? null}::numeric)
        AND (${maxMonths ?? null}::numeric IS NULL
             OR s.term_years * 12 + s.term_months + s.term_days / 30.0 <= ${maxMonths ?? null}::numeric)`;
    return rows.map((r) => r.id);
  }
}
