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
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT p.id::text AS id
      FROM persons p
      WHERE p.confidentiality = ANY (${levels}::text[]::confidentiality[])
        AND (${includeDeleted} OR p.deleted_at IS NULL)
        AND person_status_on(p.id, ${onDate}::date, ${levels}::text[]::confidentiality[]) = ${status}::person_status`;
    return rows.map((r) => r.id);
  }
}
