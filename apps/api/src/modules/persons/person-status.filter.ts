import { PrismaClient } from '@habeas/db';
import type { Confidentiality, PersonStatus } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';

/**
 * The status filter of the persons list. The status is derived, so it is computed in SQL by
 * person_status_on() (migration 20261128213000_person_status, the mirror of derivePersonStatus)
 * for the persons the reader may see; the list then pages over those ids in the database.
 */
@Injectable()
export class PersonStatusFilter {
  constructor(@Inject(PrismaClient) private readonly prisma: PrismaClient) {}

  async idsWithStatus(
    status: PersonStatus,
    onDate: string,
    levels: Confidentiality[],
    includeDeleted: boolean,
  ): Promise<string[]> {
    // Without an override, a detention period or a sentence, a person's status is 'unknown'
    // (person_status_on's last branch): decided without calling the function, which costs
    // ~20 µs a person and would otherwise run for every person of the file.
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT p.id::text AS id
      FROM persons p
      CROSS JOIN LATERAL (
        SELECT p.status_override IS NOT NULL
          OR EXISTS (SELECT 1 FROM detention_periods d WHERE d.person_id = p.id)
          OR EXISTS (SELECT 1 FROM sentences s WHERE s.person_id = p.id) AS has_facts
      ) facts
      WHERE p.confidentiality = ANY (${levels}::text[]::confidentiality[])
        AND (${includeDeleted} OR p.deleted_at IS NULL)
        AND CASE
          WHEN NOT facts.has_facts THEN ${status}::person_status = 'unknown'
          ELSE person_status_on(p.id, ${onDate}::date, ${levels}::text[]::confidentiality[]) = ${status}::person_status
        END`;
    return rows.map((r) => r.id);
  }
}
