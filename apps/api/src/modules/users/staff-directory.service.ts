import { PrismaClient } from '@habeas/db';
import {
  matchesSearchKey,
  queryTokens,
  type StaffDirectory,
  type StaffDirectoryQuery,
  searchKey,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';

/**
 * The staff a coordinator may assign to a case: active accounts that can edit case data (not
 * viewers, whom setCaseAssignments refuses). Only id, name and role leave this service.
 *
 * Names are matched like every other search (any script, any common spelling). Accounts have no
 * stored search key: an NGO has tens of accounts, so they are folded here, in memory.
 */
@Injectable()
export class StaffDirectoryService {
  constructor(@Inject(PrismaClient) private readonly prisma: PrismaClient) {}

  async listAssignableStaff(query: StaffDirectoryQuery): Promise<StaffDirectory> {
    const rows = await this.prisma.user.findMany({
      where: { deletedAt: null, active: true, role: { not: 'viewer' } },
      select: { id: true, name: true, role: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    const tokens = queryTokens(query.q ?? '');
    const matches = rows.filter((row) => matchesSearchKey(searchKey([row.name]), tokens));
    return { items: matches.slice(0, query.limit), truncated: matches.length > query.limit };
  }
}
