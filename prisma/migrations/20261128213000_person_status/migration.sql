-- =============================================================================
-- A person's DERIVED status in SQL, so lists can filter by status (and still
-- paginate in the database) and statistics can ask "who was in detention on
-- 2012-06-01". Functions only: no table changes, nothing for Prisma to drift on.
--
-- person_status_on() MIRRORS derivePersonStatus() in
-- packages/shared/src/persons/person-status.ts (the rules are documented there);
-- apps/api/src/modules/persons/person-status-sql.e2e-spec.ts checks that both
-- agree. Change one, change the other.
-- =============================================================================

-- Expected end of a sentence: start + term, years then months (each clamped to
-- the end of the month, 2012-02-29 + 1 year = 2013-02-28) then days, truncated to
-- the precision of the start. NULL without a start or a term. Same as addTerm +
-- expectedSentenceEnd in packages/shared.
CREATE OR REPLACE FUNCTION sentence_expected_end(
  p_start date, p_precision date_precision, p_years int, p_months int, p_days int
) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
      WHEN p_start IS NULL OR (p_years = 0 AND p_months = 0 AND p_days = 0) THEN NULL
      ELSE (
        SELECT CASE p_precision
          WHEN 'year'  THEN date_trunc('year', term_end)::date
          WHEN 'month' THEN date_trunc('month', term_end)::date
          ELSE term_end END
        FROM (SELECT ((p_start + make_interval(years => p_years))::date
                      + make_interval(months => p_months))::date + p_days AS term_end) AS term_sum
      ) END
  $$;

-- On the same start day, the more severe detention kind decides the status.
CREATE OR REPLACE FUNCTION detention_kind_rank(kind detention_kind) RETURNS int
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE kind
      WHEN 'prison' THEN 1
      WHEN 'prison_colony' THEN 1
      WHEN 'pretrial_detention' THEN 2
      WHEN 'temporary_detention' THEN 3
      WHEN 'administrative_arrest' THEN 4
      WHEN 'psychiatric' THEN 5
      ELSE 6 END
  $$;

-- The status of a person on a day, from the detention periods and sentences
-- visible at the given confidentiality levels (a viewer's status is computed from
-- what the viewer may see), not deleted, sentences not superseded.
CREATE OR REPLACE FUNCTION person_status_on(
  p_person_id uuid, p_on date, p_levels confidentiality[]
) RETURNS person_status
  LANGUAGE sql STABLE AS $$
    WITH person AS (
      SELECT status_override, status_override_on FROM persons WHERE id = p_person_id
    ),
    periods AS (
      SELECT d.kind,
             d.started_on AS first_day,
             period_end(d.ended_on, d.ended_on_precision) AS last_day
      FROM detention_periods d
      WHERE d.person_id = p_person_id
        AND d.deleted_at IS NULL
        AND d.confidentiality = ANY (p_levels)
    ),
    spans AS (
      SELECT s.kind,
             -- in force from the verdict, or the start when later (GREATEST ignores NULLs)
             GREATEST(s.started_on, s.verdict_on) AS first_day,
             COALESCE(
               period_end(s.actual_release_on, s.actual_release_on_precision),
               period_end(
                 sentence_expected_end(s.started_on, s.started_on_precision,
                                       s.term_years, s.term_months, s.term_days),
                 s.started_on_precision)
             ) AS last_day
      FROM sentences s
      WHERE s.person_id = p_person_id
        AND s.deleted_at IS NULL
        AND s.confidentiality = ANY (p_levels)
        AND NOT EXISTS (
          SELECT 1 FROM sentences n
          WHERE n.supersedes_id = s.id AND n.deleted_at IS NULL AND n.confidentiality = ANY (p_levels)
        )
    ),
    custodial_running AS (
      SELECT 1 FROM spans s
      WHERE s.kind = 'imprisonment'
        AND (s.first_day IS NULL OR s.first_day <= p_on)
        AND (s.last_day IS NULL OR p_on <= s.last_day)
        -- cut short by a prison / colony period that ended after the sentence began
        AND NOT EXISTS (
          SELECT 1 FROM periods p
          WHERE p.kind IN ('prison', 'prison_colony')
            AND p.last_day IS NOT NULL AND p.last_day < p_on
            AND (s.first_day IS NULL OR p.last_day >= s.first_day)
        )
    ),
    active AS (
      SELECT p.kind FROM periods p
      WHERE (p.first_day IS NULL OR p.first_day <= p_on)
        AND (p.last_day IS NULL OR p_on <= p.last_day)
      ORDER BY p.first_day DESC NULLS LAST, detention_kind_rank(p.kind)
      LIMIT 1
    )
    SELECT (CASE
      WHEN (SELECT status_override FROM person) IS NOT NULL
           AND COALESCE((SELECT status_override_on FROM person) <= p_on, true)
        THEN (SELECT status_override FROM person)::text
      WHEN EXISTS (SELECT 1 FROM active) THEN
        CASE
          WHEN (SELECT kind FROM active) IN ('pretrial_detention', 'temporary_detention')
               AND EXISTS (SELECT 1 FROM custodial_running) THEN 'imprisoned'
          WHEN (SELECT kind FROM active) IN ('prison', 'prison_colony') THEN 'imprisoned'
          WHEN (SELECT kind FROM active) = 'house_arrest' THEN 'house_arrest'
          WHEN (SELECT kind FROM active) = 'pretrial_detention' THEN 'pretrial_detention'
          ELSE 'detained'
        END
      WHEN EXISTS (SELECT 1 FROM custodial_running) THEN 'imprisoned'
      WHEN EXISTS (
        SELECT 1 FROM spans s
        WHERE s.kind IN ('probation', 'suspended', 'restricted_freedom')
          AND (s.first_day IS NULL OR s.first_day <= p_on)
          AND (s.last_day IS NULL OR p_on <= s.last_day)
      ) THEN 'probation'
      WHEN EXISTS (SELECT 1 FROM periods p WHERE p.last_day < p_on)
        OR EXISTS (SELECT 1 FROM spans s WHERE s.kind = 'imprisonment' AND s.last_day < p_on)
        THEN 'released'
      WHEN EXISTS (SELECT 1 FROM periods) OR EXISTS (SELECT 1 FROM spans) THEN 'at_large'
      ELSE 'unknown'
    END)::person_status
  $$;
