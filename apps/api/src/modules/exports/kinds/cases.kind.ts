import { normalizeForSearch } from '@habeas/shared';
import { enumLabelSql, impreciseDateSql, isoTimestampSql, provisionLabelSql } from '../sql/formatting';
import { lit, uuidLit } from '../sql/literals';
import { type ExportKindSql, impreciseInRange, type SqlContext } from './kind';
import { escapeLike, OPEN_APPEALS_SQL, visibleRow } from './persons.kind';
import { CASE_STAGES } from './status-values';

/** A linked organisation's name, or nothing when the reader may not see it. */
export const orgName = (alias: string, c: SqlContext) =>
  `CASE WHEN ${alias}.deleted_at IS NULL AND ${alias}.confidentiality = ANY(${c.levels}) THEN ${alias}.name END`;

export const CASES_EXPORT: ExportKindSql = {
  from: () => 'cases k LEFT JOIN organisations court ON court.id = k.court_id',
  visible: (c) => [visibleRow('k', c)],
  orderBy: 'k.opened_on NULLS LAST, k.case_number, k.id',
  statusValues: CASE_STAGES,
  columns: {
    id: { type: 'text', sql: () => 'k.id::text' },
    caseNumber: { type: 'text', sql: () => 'k.case_number' },
    title: { type: 'text', sql: () => 'k.title' },
    country: { type: 'text', sql: () => 'k.country' },
    region: { type: 'text', sql: () => 'k.region' },
    court: { type: 'text', sql: (c) => orgName('court', c) },
    stage: { type: 'text', sql: () => enumLabelSql('k.stage') },
    openedOn: { type: 'text', sql: (c) => impreciseDateSql('k.opened_on', 'k.opened_on_precision', c.lang) },
    defendants: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(DISTINCT p.display_name, '; ') FROM case_participants cp JOIN persons p ON p.id = cp.person_id
           WHERE cp.case_id = k.id AND cp.role = 'defendant' AND cp.confidentiality = ANY(${c.levels}) AND ${visibleRow('p', c)})`,
    },
    charges: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(DISTINCT ${provisionLabelSql('lp')}, '; ') FROM charges ch JOIN legal_provisions lp ON lp.id = ch.provision_id
           JOIN persons p ON p.id = ch.person_id AND ${visibleRow('p', c)}
           WHERE ch.case_id = k.id AND ${visibleRow('ch', c)} AND ${visibleRow('lp', c)})`,
    },
    events: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(DISTINCT e.title, '; ') FROM case_events ce JOIN events e ON e.id = ce.event_id
           WHERE ce.case_id = k.id AND ${visibleRow('e', c)})`,
    },
    summary: { type: 'text', sql: () => 'k.summary' },
    confidentiality: { type: 'text', sql: () => 'k.confidentiality::text' },
    updatedAt: { type: 'text', sql: () => isoTimestampSql('k.updated_at') },
  },
  filters: {
    q: (v) => `k.search_key LIKE ${lit(`%${escapeLike(normalizeForSearch(v))}%`)}`,
    status: (v) => `k.stage::text = ${lit(v)}`,
    region: (v) => `lower(k.region) = lower(${lit(v)})`,
    legalProvisionId: (v, c) =>
      `EXISTS (SELECT 1 FROM charges ch WHERE ch.case_id = k.id AND ch.provision_id = ${uuidLit(v)} AND ${visibleRow('ch', c)})`,
    category: (v, c) =>
      `EXISTS (SELECT 1 FROM charges ch JOIN legal_provisions lp ON lp.id = ch.provision_id
         WHERE ch.case_id = k.id AND lp.category::text = ${lit(v)} AND ${visibleRow('ch', c)})`,
    organisationId: (v) => `k.court_id = ${uuidLit(v)}`,
    eventId: (v) =>
      `EXISTS (SELECT 1 FROM case_events ce WHERE ce.case_id = k.id AND ce.event_id = ${uuidLit(v)})`,
    caseId: (v) => `k.id = ${uuidLit(v)}`,
    personId: (v, c) =>
      `EXISTS (SELECT 1 FROM case_participants cp WHERE cp.case_id = k.id AND cp.person_id = ${uuidLit(v)} AND cp.confidentiality = ANY(${c.levels}))`,
    hasPendingAppeal: (v, c) =>
      `${v === 'true' ? '' : 'NOT '}EXISTS (SELECT 1 FROM appeals ap WHERE ap.case_id = k.id AND ${visibleRow('ap', c)}
         AND ap.status::text IN ${OPEN_APPEALS_SQL})`,
  },
  period: (from, to) => impreciseInRange('k.opened_on', 'k.opened_on_precision', from, to),
};
