-- =============================================================================
-- The derived status of EVERY person on a day, in one set-based query, for the
-- status filter of the persons list. person_status_on() answers for one person
-- and costs ~70 µs a call: fine for a dossier, 2+ s for a list of 100,000
-- persons. This function applies the same rules (person_status_on, mirrored from
-- derivePersonStatus in packages/shared) to all persons at once with joins.
-- person-status-sql.e2e-spec.ts checks it agrees with person_status_on on every
-- day of its fixture. Change one, change the others.
-- =============================================================================
CREATE OR REPLACE FUNCTION person_statuses_on(p_on date, p_levels confidentiality[])
  RETURNS TABLE (person_id uuid, status person_status)
  LANGUAGE sql STABLE AS $$
    WITH periods AS (
      SELECT d.person_id, d.kind,
             d.started_on AS first_day,
             period_end(d.ended_on, d.ended_on_precision) AS last_day
      FROM detention_periods d
      WHERE d.deleted_at IS NULL AND d.confidentiality = ANY (p_levels)
    ),
    spans AS (
      SELECT s.person_id, s.kind,
             GREATEST(s.started_on, s.verdict_on) AS first_day,
             COALESCE(
               period_end(s.actual_release_on, s.actual_release_on_precision),
               period_end(
                 sentence_expected_end(s.started_on, s.started_on_precision,
                                       s.term_years, s.term_months, s.term_days),
                 s.started_on_precision)
             ) AS last_day
      FROM sentences s
      WHERE s.deleted_at IS NULL AND s.confidentiality = ANY (p_levels)
        AND NOT EXISTS (
          SELECT 1 FROM sentences n
          WHERE n.supersedes_id = s.id AND n.deleted_at IS NULL AND n.confidentiality = ANY (p_levels)
        )
    ),
    -- The period in force on the day: the latest start, then the more severe kind.
    active AS (
      SELECT DISTINCT ON (p.person_id) p.person_id, p.kind
      FROM periods p
      WHERE (p.first_day IS NULL OR p.first_day <= p_on)
        AND (p.last_day IS NULL OR p_on <= p.last_day)
      ORDER BY p.person_id, p.first_day DESC NULLS LAST, detention_kind_rank(p.kind)
    ),
    custodial_running AS (
      SELECT DISTINCT s.person_id
      FROM spans s
      WHERE s.kind = 'imprisonment'
        AND (s.first_day IS NULL OR s.first_day <= p_on)
        AND (s.last_day IS NULL OR p_on <= s.last_day)
        AND NOT EXISTS (
          SELECT 1 FROM periods p
          WHERE p.person_id = s.person_id
            AND p.kind IN ('prison', 'prison_colony')
            AND p.last_day IS NOT NULL AND p.last_day < p_on
            AND (s.first_day IS NULL OR p.last_day >= s.first_day)
        )
    ),
    probation_running AS (
      SELECT DISTINCT s.person_id
      FROM spans s
      WHERE s.kind IN ('probation', 'suspended', 'restricted_freedom')
        AND (s.first_day IS NULL OR s.first_day <= p_on)
        AND (s.last_day IS NULL OR p_on <= s.last_day)
    ),
    ended AS (
      SELECT p.person_id FROM periods p WHERE p.last_day < p_on
      UNION
      SELECT s.person_id FROM spans s WHERE s.kind = 'imprisonment' AND s.last_day < p_on
    ),
    any_facts AS (
      SELECT p.person_id FROM periods p
      UNION
      SELECT s.person_id FROM spans s
    )
    SELECT x.id, (CASE
      WHEN x.status_override IS NOT NULL AND COALESCE(x.status_override_on <= p_on, true)
        THEN x.status_override::text
      WHEN a.person_id IS NOT NULL THEN
        CASE
          WHEN a.kind IN ('pretrial_detention', 'temporary_detention') AND c.person_id IS NOT NULL THEN 'imprisoned'
          WHEN a.kind IN ('prison', 'prison_colony') THEN 'imprisoned'
          WHEN a.kind = 'house_arrest' THEN 'house_arrest'
          WHEN a.kind = 'pretrial_detention' THEN 'pretrial_detention'
          ELSE 'detained'
        END
      WHEN c.person_id IS NOT NULL THEN 'imprisoned'
      WHEN pr.person_id IS NOT NULL THEN 'probation'
      WHEN e.person_id IS NOT NULL THEN 'released'
      WHEN f.person_id IS NOT NULL THEN 'at_large'
      ELSE 'unknown'
    END)::person_status
    FROM persons x
    LEFT JOIN active a ON a.person_id = x.id
    LEFT JOIN custodial_running c ON c.person_id = x.id
    LEFT JOIN probation_running pr ON pr.person_id = x.id
    LEFT JOIN (SELECT DISTINCT person_id FROM ended) e ON e.person_id = x.id
    LEFT JOIN any_facts f ON f.person_id = x.id
  $$;
