import type { Confidentiality, StatisticsQuery } from '@habeas/shared';
import { provisionLabelSql } from '../exports/sql/formatting';
import { dateLit, levelsLit, lit, uuidLit } from '../exports/sql/literals';
import { personStatusesJoin } from '../exports/sql/person-status.sql';

const visible = (alias: string, levels: string) =>
  `${alias}.deleted_at IS NULL AND ${alias}.confidentiality = ANY(${levels})`;

export interface StatisticsSqlInput {
  levels: readonly Confidentiality[];
  query: StatisticsQuery;
  /** First day of the first month, last day of the last month, today (ISO days). */
  from: string;
  to: string;
  today: string;
}

/**
 * The statistics as SQL over one population: the persons the reader may see (levels), narrowed by
 * the filters. Every fact counted (charges, sentences, detention periods) is itself visible at the
 * reader's levels, so a restricted record never shows through a number.
 */
export function statisticsSql(input: StatisticsSqlInput) {
  const L = levelsLit(input.levels);
  const q = input.query;
  const where = [visible('p', L)];
  if (q.region) where.push(`lower(p.residence_region) = lower(${lit(q.region)})`);
  if (q.legalProvisionId)
    where.push(
      `EXISTS (SELECT 1 FROM charges ch WHERE ch.person_id = p.id AND ch.provision_id = ${uuidLit(q.legalProvisionId)} AND ${visible('ch', L)})`,
    );
  if (q.category)
    where.push(
      `EXISTS (SELECT 1 FROM charges ch JOIN legal_provisions lp ON lp.id = ch.provision_id WHERE ch.person_id = p.id AND lp.category::text = ${lit(q.category)} AND ${visible('ch', L)})`,
    );
  if (q.caseId)
    where.push(
      `(EXISTS (SELECT 1 FROM case_participants cp WHERE cp.person_id = p.id AND cp.case_id = ${uuidLit(q.caseId)} AND cp.confidentiality = ANY(${L}))
        OR EXISTS (SELECT 1 FROM charges ch WHERE ch.person_id = p.id AND ch.case_id = ${uuidLit(q.caseId)} AND ${visible('ch', L)}))`,
    );
  if (q.eventId)
    where.push(
      `EXISTS (SELECT 1 FROM event_persons ep WHERE ep.person_id = p.id AND ep.event_id = ${uuidLit(q.eventId)} AND ep.confidentiality = ANY(${L}))`,
    );
  if (q.organisationId)
    where.push(
      `(EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id AND a.organisation_id = ${uuidLit(q.organisationId)} AND ${visible('a', L)})
        OR EXISTS (SELECT 1 FROM detention_periods d WHERE d.person_id = p.id AND d.facility_id = ${uuidLit(q.organisationId)} AND ${visible('d', L)}))`,
    );
  const today = dateLit(input.today);
  const population = `pop AS (SELECT p.id, p.residence_region FROM persons p WHERE ${where.join(' AND ')})`;
  const notSuperseded = `NOT EXISTS (SELECT 1 FROM sentences n WHERE n.supersedes_id = s.id AND ${visible('n', L)})`;

  /**
   * Custody intervals: detention periods, and imprisonment sentences in force (start, or verdict,
   * to the actual release, else the expected end, else open). Imprecise starts count from their
   * first day, imprecise ends to their last day (period_end). A sentence whose prison / colony
   * periods have all ended stops with the last of them (release on parole or pardon recorded only
   * there), as in the status rules.
   */
  const intervals = `intervals AS (
    SELECT d.person_id, d.started_on AS s, d.started_on_precision AS sp,
           CASE WHEN d.ended_on IS NULL THEN NULL ELSE period_end(d.ended_on, d.ended_on_precision) END AS e,
           d.ended_on_precision AS ep
    FROM detention_periods d JOIN pop ON pop.id = d.person_id
    WHERE ${visible('d', L)}
    UNION ALL
    SELECT x.person_id, x.s, x.sp,
           CASE WHEN x.prison_end IS NOT NULL AND NOT x.prison_open AND (x.e IS NULL OR x.prison_end < x.e) THEN x.prison_end ELSE x.e END,
           CASE WHEN x.prison_end IS NOT NULL AND NOT x.prison_open AND (x.e IS NULL OR x.prison_end < x.e) THEN x.prison_ep ELSE x.ep END
    FROM (
      SELECT s.person_id,
             coalesce(s.started_on, s.verdict_on) AS s,
             CASE WHEN s.started_on IS NOT NULL THEN s.started_on_precision ELSE s.verdict_on_precision END AS sp,
             CASE WHEN s.actual_release_on IS NOT NULL THEN period_end(s.actual_release_on, s.actual_release_on_precision)
                  ELSE period_end(sentence_expected_end(s.started_on, s.started_on_precision, s.term_years, s.term_months, s.term_days), s.started_on_precision) END AS e,
             CASE WHEN s.actual_release_on IS NOT NULL THEN s.actual_release_on_precision ELSE s.started_on_precision END AS ep,
             pe.prison_end, pe.prison_ep, pe.prison_open
      FROM sentences s JOIN pop ON pop.id = s.person_id
      LEFT JOIN LATERAL (
        SELECT max(period_end(d.ended_on, d.ended_on_precision)) AS prison_end,
               (array_agg(d.ended_on_precision ORDER BY d.ended_on DESC NULLS LAST))[1] AS prison_ep,
               bool_or(d.ended_on IS NULL) AS prison_open
        FROM detention_periods d
        WHERE d.person_id = s.person_id AND d.kind IN ('prison', 'prison_colony') AND ${visible('d', L)}
          AND (d.ended_on IS NULL OR coalesce(s.started_on, s.verdict_on) IS NULL OR period_end(d.ended_on, d.ended_on_precision) >= coalesce(s.started_on, s.verdict_on))
      ) pe ON true
      WHERE ${visible('s', L)} AND s.kind = 'imprisonment' AND ${notSuperseded}
    ) x
  )`;
  /** Custody spells: overlapping or adjacent intervals of a person merged (a transfer is not a new arrest). */
  const spells = `ordered AS (
    SELECT i.*, max(coalesce(i.e, 'infinity'::date)) OVER (PARTITION BY i.person_id ORDER BY i.s NULLS FIRST, i.e NULLS LAST
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
    FROM intervals i
  ), numbered AS (
    SELECT o.*, sum(CASE WHEN o.prev_end IS NULL OR o.s > o.prev_end + 1 THEN 1 ELSE 0 END)
             OVER (PARTITION BY o.person_id ORDER BY o.s NULLS FIRST, o.e NULLS LAST ROWS UNBOUNDED PRECEDING) AS spell
    FROM ordered o
  ), spells AS (
    SELECT person_id, spell, min(s) AS s, (array_agg(sp ORDER BY s NULLS FIRST))[1] AS sp,
           CASE WHEN bool_or(e IS NULL) THEN NULL ELSE max(e) END AS e,
           (array_agg(ep ORDER BY e DESC NULLS FIRST))[1] AS ep
    FROM numbered GROUP BY person_id, spell
  )`;
  const months = `months AS (
    SELECT m::date AS month, (m + interval '1 month' - interval '1 day')::date AS month_end
    FROM generate_series(${dateLit(input.from)}::timestamp, ${dateLit(input.to)}::timestamp, interval '1 month') AS m
  )`;
  const from = dateLit(input.from);
  const to = dateLit(input.to);

  return {
    persons: `WITH ${population} SELECT count(*)::int AS n FROM pop`,
    byStatus: `WITH ${population}
      SELECT ps.status::text AS key, count(*)::int AS n
      FROM pop ${personStatusesJoin('ps', 'pop', L, today)} GROUP BY 1 ORDER BY 2 DESC, 1`,
    byRegion: `WITH ${population}
      SELECT coalesce(residence_region, '') AS key, count(*)::int AS n FROM pop GROUP BY 1 ORDER BY 2 DESC, 1`,
    byProvision: `WITH ${population}
      SELECT lp.id::text AS key, ${provisionLabelSql('lp')} AS label, count(DISTINCT ch.person_id)::int AS n
      FROM charges ch JOIN pop ON pop.id = ch.person_id JOIN legal_provisions lp ON lp.id = ch.provision_id
      JOIN cases k ON k.id = ch.case_id
      WHERE ${visible('ch', L)} AND ${visible('lp', L)} AND ${visible('k', L)}
      GROUP BY lp.id ORDER BY 3 DESC, 2`,
    byCategory: `WITH ${population}
      SELECT lp.category::text AS key, count(DISTINCT ch.person_id)::int AS n
      FROM charges ch JOIN pop ON pop.id = ch.person_id JOIN legal_provisions lp ON lp.id = ch.provision_id
      JOIN cases k ON k.id = ch.case_id
      WHERE ${visible('ch', L)} AND ${visible('lp', L)} AND ${visible('k', L)}
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    sentenceBands: `WITH ${population}
      SELECT CASE
          WHEN months < 12 THEN 'lt1' WHEN months < 36 THEN '1to3' WHEN months < 60 THEN '3to5'
          WHEN months <= 120 THEN '5to10' ELSE 'gt10' END AS key, count(*)::int AS n
      FROM (SELECT s.term_years * 12 + s.term_months + s.term_days / 30.0 AS months
            FROM sentences s JOIN pop ON pop.id = s.person_id JOIN cases k ON k.id = s.case_id
            WHERE ${visible('s', L)} AND ${visible('k', L)} AND s.kind = 'imprisonment' AND ${notSuperseded}
              AND s.term_years + s.term_months + s.term_days > 0) t
      GROUP BY 1`,
    monthly: `WITH ${population}, ${intervals}, ${spells}, ${months}
      SELECT to_char(m.month, 'YYYY-MM') AS month,
        (SELECT count(*)::int FROM spells sp WHERE sp.s IS NOT NULL AND sp.sp <> 'year' AND date_trunc('month', sp.s) = m.month) AS arrests,
        (SELECT count(*)::int FROM spells sp WHERE sp.e IS NOT NULL AND sp.e < ${today} AND sp.ep <> 'year' AND date_trunc('month', sp.e) = m.month) AS releases,
        (SELECT count(DISTINCT i.person_id)::int FROM intervals i
           WHERE (i.s IS NULL OR i.s <= m.month_end) AND (i.e IS NULL OR i.e >= m.month_end)) AS in_detention
      FROM months m ORDER BY m.month`,
    yearOnly: `WITH ${population}, ${intervals}, ${spells}
      SELECT
        (SELECT count(*)::int FROM spells sp WHERE sp.s IS NOT NULL AND sp.sp = 'year' AND period_end(sp.s, 'year') >= ${from} AND sp.s <= ${to}) AS arrests,
        (SELECT count(*)::int FROM spells sp WHERE sp.e IS NOT NULL AND sp.e < ${today} AND sp.ep = 'year' AND sp.e >= ${from} AND date_trunc('year', sp.e) <= ${to}) AS releases`,
  };
}
