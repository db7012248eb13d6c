import {
  type CountRow,
  SENTENCE_BAND_LABELS,
  SENTENCE_BANDS,
  type Statistics,
  type StatisticsQuery,
  toIsoDateUtc,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import type { Actor } from '../../common/actor';
import { PolicyService } from '../policy/policy.service';
import { statisticsSql } from './statistics.sql';

/** Default time series: the 24 months up to the current one. */
const DEFAULT_MONTHS = 24;
const MAX_MONTHS = 600;

const words = (key: string) => key.replace(/_/g, ' ');

/**
 * Counts for reports: by current status, region, provision and category, sentence lengths, and
 * monthly arrests, releases and persons in custody. All from SQL over the persons the reader may
 * see, in one snapshot (the figures of one answer agree with each other).
 */
@Injectable()
export class StatisticsService {
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    private readonly policy: PolicyService,
  ) {}

  async getStatistics(actor: Actor, query: StatisticsQuery): Promise<Statistics> {
    const today = toIsoDateUtc(new Date());
    const { from, to } = monthRange(query, today);
    const sql = statisticsSql({ levels: this.policy.levels(actor), query, from, to, today });
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const run = async <T extends object>(text: string) => (await client.query<T>(text)).rows;
      const persons = (await run<{ n: number }>(sql.persons))[0]?.n ?? 0;
      const byStatus = await run<{ key: string; n: number }>(sql.byStatus);
      const byRegion = await run<{ key: string; n: number }>(sql.byRegion);
      const byProvision = await run<{ key: string; label: string; n: number }>(sql.byProvision);
      const byCategory = await run<{ key: string; n: number }>(sql.byCategory);
      const bands = await run<{ key: string; n: number }>(sql.sentenceBands);
      const monthly = await run<{ month: string; arrests: number; releases: number; in_detention: number }>(
        sql.monthly,
      );
      const yearOnly = (await run<{ arrests: number; releases: number }>(sql.yearOnly))[0];
      await client.query('COMMIT');
      return {
        generatedAt: new Date().toISOString(),
        asOf: today,
        from: from.slice(0, 7),
        to: to.slice(0, 7),
        persons,
        byStatus: byStatus.map((r) => row(r.key, words(r.key), r.n)),
        byRegion: byRegion.map((r) => row(r.key, r.key || 'Unknown', r.n)),
        byProvision: byProvision.map((r) => row(r.key, r.label, r.n)),
        byCategory: byCategory.map((r) => row(r.key, words(r.key), r.n)),
        sentenceBands: SENTENCE_BANDS.map((band) =>
          row(band, SENTENCE_BAND_LABELS[band], bands.find((b) => b.key === band)?.n ?? 0),
        ),
        monthly: monthly.map((m) => ({
          month: m.month,
          arrests: m.arrests,
          releases: m.releases,
          inDetention: m.in_detention,
        })),
        arrestsWithYearOnly: yearOnly?.arrests ?? 0,
        releasesWithYearOnly: yearOnly?.releases ?? 0,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

const row = (key: string, label: string, count: number): CountRow => ({ key, label, count });

/** First day of `from`, last day of `to` (defaults: the last 24 months), at most 50 years. */
export function monthRange(query: StatisticsQuery, today: string): { from: string; to: string } {
  const toMonth = query.to ?? today.slice(0, 7);
  const fromMonth = query.from ?? shiftMonth(toMonth, -(DEFAULT_MONTHS - 1));
  const span = monthIndex(toMonth) - monthIndex(fromMonth) + 1;
  const clampedFrom = span > MAX_MONTHS ? shiftMonth(toMonth, -(MAX_MONTHS - 1)) : fromMonth;
  const [y, m] = toMonth.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${clampedFrom}-01`, to: `${toMonth}-${String(lastDay).padStart(2, '0')}` };
}

const monthIndex = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

function shiftMonth(ym: string, delta: number): string {
  const i = monthIndex(ym) + delta;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}
