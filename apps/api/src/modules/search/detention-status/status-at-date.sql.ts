/**
 * "Who was in detention on date D?" as ONE set-based SQL statement, for any set of dates: the
 * status-at-date endpoint asks for one date, the statistics module for a time series
 * (`dateSeries('2011-12-01', '2020-12-01', 'month')` joined in one query, not a loop).
 *
 * It follows the shared derivation rules of a person's status (packages/shared persons/
 * person-status.ts, derivePersonStatus) and keeps only the statuses that mean custody
 * (imprisoned, pretrial_detention, house_arrest, detained). An integration test checks that both
 * agree on the demo data; change one, change the other. In short, for a person and a date:
 * 1. a status override applies from its date (always when undated) and wins;
 * 2. else the detention period covering the date that started last (same start: the more severe
 *    kind) gives the status; pretrial / temporary detention while a prison sentence already runs
 *    is `imprisoned`;
 * 3. else a running sentence of imprisonment (not superseded, not cut short by the end of a
 *    prison period) gives `imprisoned`.
 * Dates are inclusive; an imprecise start counts from the first day of its period, an imprecise end
 * lasts to the last day (period_end()). A sentence runs from the later of its start and verdict to
 * its actual release, else its expected end (start + term, as precise as the start), else for ever.
 * Only records the given confidentiality levels may see, and not deleted, take part.
 *
 * The per-person SQL function person_status_on() (migration 20261128213000_person_status) answers
 * the same question for one person; this builder is its set-based form for many persons and many
 * dates at once, and reuses that migration's sentence_expected_end() and detention_kind_rank().
 */
import { Prisma } from '@habeas/db';
import type { Confidentiality, DetentionStatus } from '@habeas/shared';

export const CUSTODY_STATUSES: readonly DetentionStatus[] = [
  'imprisoned',
  'pretrial_detention',
  'house_arrest',
  'detained',
];

/** A one-date set for detentionStatusAtDatesSql. */
export function singleDate(isoDate: string): Prisma.Sql {
  return Prisma.sql`SELECT ${isoDate}::date AS on_date`;
}

export type SeriesStep = 'day' | 'week' | 'month' | 'quarter' | 'year';
const STEP_INTERVAL: Record<SeriesStep, string> = {
  day: '1 day',
  week: '1 week',
  month: '1 month',
  quarter: '3 months',
  year: '1 year',
};

/** Every `step` from `from` to `to` (inclusive), e.g. the first of each month of a report. */
export function dateSeries(from: string, to: string, step: SeriesStep): Prisma.Sql {
  return Prisma.sql`SELECT generate_series(${from}::date, ${to}::date, ${STEP_INTERVAL[step]}::interval)::date AS on_date`;
}

export interface StatusAtDatesOptions {
  /** A query returning one column `on_date date` (singleDate, dateSeries, or your own). */
  dates: Prisma.Sql;
  /** Confidentiality levels the reader may see (PolicyService.levels(actor)). */
  levels: readonly Confidentiality[];
}

/**
 * Rows `(on_date date, person_id uuid, status text)`: one per date and person in custody on it,
 * status one of CUSTODY_STATUSES. Compose it: count per date and status with
 * `SELECT on_date, status, count(*) FROM (${sql}) s GROUP BY 1, 2`.
 */
export function detentionStatusAtDatesSql({ dates, levels }: StatusAtDatesOptions): Prisma.Sql {
  const lv = Prisma.sql`${[...levels]}::confidentiality[]`;
  const custody = Prisma.sql`${[...CUSTODY_STATUSES]}::text[]`;
  // NOT MATERIALIZED: the per-person subqueries below then use the person_id indexes.
  return Prisma.sql`
WITH on_dates AS (${dates}),
periods AS NOT MATERIALIZED (
  SELECT dp.person_id, dp.kind, dp.started_on AS first_day,
         period_end(dp.ended_on, dp.ended_on_precision) AS last_day
  FROM detention_periods dp
  WHERE dp.deleted_at IS NULL AND dp.confidentiality = ANY(${lv})
),
custodial AS NOT MATERIALIZED (
  SELECT s.person_id,
    greatest(s.started_on, s.verdict_on) AS first_day,
    CASE
      WHEN s.actual_release_on IS NOT NULL THEN period_end(s.actual_release_on, s.actual_release_on_precision)
      ELSE period_end(
        sentence_expected_end(s.started_on, s.started_on_precision, s.term_years, s.term_months, s.term_days),
        s.started_on_precision)
    END AS last_day
  FROM sentences s
  WHERE s.kind = 'imprisonment' AND s.deleted_at IS NULL AND s.confidentiality = ANY(${lv})
    AND NOT EXISTS (
      SELECT 1 FROM sentences n
      WHERE n.supersedes_id = s.id AND n.deleted_at IS NULL AND n.confidentiality = ANY(${lv}))
),
candidates AS (
  SELECT d.on_date, f.person_id FROM on_dates d
    JOIN periods f ON (f.first_day IS NULL OR f.first_day <= d.on_date) AND (f.last_day IS NULL OR d.on_date <= f.last_day)
  UNION
  SELECT d.on_date, s.person_id FROM on_dates d
    JOIN custodial s ON (s.first_day IS NULL OR s.first_day <= d.on_date) AND (s.last_day IS NULL OR d.on_date <= s.last_day)
  UNION
  SELECT d.on_date, p.id FROM on_dates d
    JOIN persons p ON p.status_override::text = ANY(${custody})
      AND (p.status_override_on IS NULL OR p.status_override_on <= d.on_date)
)
SELECT c.on_date, c.person_id, st.status
FROM candidates c
JOIN persons p ON p.id = c.person_id AND p.deleted_at IS NULL AND p.confidentiality = ANY(${lv})
CROSS JOIN LATERAL (
  SELECT
    EXISTS (
      SELECT 1 FROM custodial s
      WHERE s.person_id = c.person_id
        AND (s.first_day IS NULL OR s.first_day <= c.on_date) AND (s.last_day IS NULL OR c.on_date <= s.last_day)
        -- released early: a prison period that ended after the sentence began has ended
        AND NOT EXISTS (
          SELECT 1 FROM periods q
          WHERE q.person_id = s.person_id AND q.kind IN ('prison', 'prison_colony')
            AND q.last_day IS NOT NULL AND q.last_day < c.on_date
            AND (s.first_day IS NULL OR q.last_day >= s.first_day))
    ) AS serving,
    (SELECT f.kind FROM periods f
      WHERE f.person_id = c.person_id
        AND (f.first_day IS NULL OR f.first_day <= c.on_date) AND (f.last_day IS NULL OR c.on_date <= f.last_day)
      ORDER BY f.first_day DESC NULLS LAST, detention_kind_rank(f.kind)
      LIMIT 1) AS active_kind
) facts
CROSS JOIN LATERAL (
  SELECT CASE
    WHEN p.status_override IS NOT NULL AND (p.status_override_on IS NULL OR p.status_override_on <= c.on_date)
      THEN p.status_override::text
    WHEN facts.active_kind IN ('pretrial_detention', 'temporary_detention') AND facts.serving THEN 'imprisoned'
    WHEN facts.active_kind IN ('prison', 'prison_colony') THEN 'imprisoned'
    WHEN facts.active_kind = 'pretrial_detention' THEN 'pretrial_detention'
    WHEN facts.active_kind = 'house_arrest' THEN 'house_arrest'
    WHEN facts.active_kind IS NOT NULL THEN 'detained'
    WHEN facts.serving THEN 'imprisoned'
  END AS status
) st
WHERE st.status = ANY(${custody})`;
}
