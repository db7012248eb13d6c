import { Prisma } from '@habeas/db';
import type { DetentionStatus, StatusAtDate } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import type { Actor } from '../../../common/actor';
import { PolicyService } from '../../policy/policy.service';
import { detentionStatusAtDatesSql, singleDate } from './status-at-date.sql';

/** Who was in custody on a date, counted by status: the basis of the reports' time series. */
@Injectable()
export class DetentionStatusService {
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    private readonly policy: PolicyService,
  ) {}

  async countStatusAtDate(actor: Actor, date: string): Promise<StatusAtDate> {
    const inCustody = detentionStatusAtDatesSql({
      dates: singleDate(date),
      levels: this.policy.levels(actor),
    });
    const sql = Prisma.sql`
      SELECT s.person_id AS id, p.display_name AS "displayName", s.status
      FROM (${inCustody}) s JOIN persons p ON p.id = s.person_id
      ORDER BY p.display_name, p.id`;
    const { rows } = await this.pool.query<{ id: string; displayName: string; status: DetentionStatus }>(
      sql.text,
      sql.values,
    );
    const counts = { imprisoned: 0, pretrial_detention: 0, house_arrest: 0, detained: 0 };
    for (const row of rows) counts[row.status] += 1;
    return { date, total: rows.length, counts, persons: rows };
  }
}
