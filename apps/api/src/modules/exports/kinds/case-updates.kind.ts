import { enumLabelSql, impreciseDateSql, isoTimestampSql } from '../sql/formatting';
import { lit, uuidLit } from '../sql/literals';
import { type ExportKindSql, impreciseInRange, type SqlContext } from './kind';
import { visibleRow } from './persons.kind';
import { CASE_UPDATE_KINDS } from './status-values';

const personVisible = (c: SqlContext) => `(u.person_id IS NULL OR ${visibleRow('p', c)})`;
const caseVisible = (c: SqlContext) => `(u.case_id IS NULL OR ${visibleRow('k', c)})`;

export const CASE_UPDATES_EXPORT: ExportKindSql = {
  from: () =>
    `case_updates u LEFT JOIN persons p ON p.id = u.person_id LEFT JOIN cases k ON k.id = u.case_id
     JOIN users author ON author.id = u.author_id`,
  // An update about a person or a case the reader may not see would reveal them: left out.
  visible: (c) => [visibleRow('u', c), personVisible(c), caseVisible(c)],
  orderBy: 'u.fact_on, u.created_at, u.id',
  statusValues: CASE_UPDATE_KINDS,
  columns: {
    id: { type: 'text', sql: () => 'u.id::text' },
    factOn: { type: 'text', sql: (c) => impreciseDateSql('u.fact_on', 'u.fact_on_precision', c.lang) },
    kind: { type: 'text', sql: () => enumLabelSql('u.kind') },
    title: { type: 'text', sql: () => 'u.title' },
    body: { type: 'text', sql: () => 'u.body' },
    person: { type: 'text', sql: () => 'p.display_name' },
    caseNumber: { type: 'text', sql: () => 'k.case_number' },
    caseTitle: { type: 'text', sql: () => 'k.title' },
    sources: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(src.title, '; ' ORDER BY src.title) FROM case_update_sources us JOIN sources src ON src.id = us.source_id
           WHERE us.case_update_id = u.id AND ${visibleRow('src', c)})`,
    },
    author: { type: 'text', sql: () => 'author.name' },
    confidentiality: { type: 'text', sql: () => 'u.confidentiality::text' },
    createdAt: { type: 'text', sql: () => isoTimestampSql('u.created_at') },
  },
  filters: {
    // The full-text vector the database keeps over title + body (any script, no stemming).
    q: (v) => `u.search_vector @@ plainto_tsquery('simple', ${lit(v)})`,
    status: (v) => `u.kind::text = ${lit(v)}`,
    region: (v) => `lower(coalesce(k.region, p.residence_region)) = lower(${lit(v)})`,
    caseId: (v) => `u.case_id = ${uuidLit(v)}`,
    personId: (v) => `u.person_id = ${uuidLit(v)}`,
    eventId: (v) =>
      `EXISTS (SELECT 1 FROM case_events ce WHERE ce.case_id = u.case_id AND ce.event_id = ${uuidLit(v)})`,
  },
  period: (from, to) => impreciseInRange('u.fact_on', 'u.fact_on_precision', from, to),
};
