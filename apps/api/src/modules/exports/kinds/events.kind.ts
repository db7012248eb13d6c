import { queryTokens } from '@habeas/shared';
import { enumLabelSql, impreciseDateSql, isoTimestampSql } from '../sql/formatting';
import { lit, uuidLit } from '../sql/literals';
import type { ExportKindSql, SqlContext } from './kind';
import { escapeLike, visibleRow } from './persons.kind';
import { EVENT_KINDS } from './status-values';

/** "at least 16": the qualifier of a casualty figure as words before the count. */
const QUALIFIER_SQL = `CASE ec.qualifier WHEN 'at_least' THEN 'at least ' WHEN 'at_most' THEN 'at most '
  WHEN 'approximately' THEN 'about ' ELSE '' END`;

/** The last day the event touches: the end of its end date, or of its start for a one-day event. */
const LAST_DAY = `CASE WHEN e.ended_on IS NOT NULL THEN period_end(e.ended_on, e.ended_on_precision)
  ELSE period_end(e.started_on, e.started_on_precision) END`;

/** A person linked to the event, when the reader may see both the link and the person (a witness link can endanger). */
const personLinkVisible = (c: SqlContext) =>
  `ep.event_id = e.id AND ep.confidentiality = ANY(${c.levels}) AND ${visibleRow('p', c)}`;

export const EVENTS_EXPORT: ExportKindSql = {
  from: () => 'events e',
  visible: (c) => [visibleRow('e', c)],
  orderBy: 'e.started_on DESC NULLS LAST, e.title, e.id',
  statusValues: EVENT_KINDS,
  columns: {
    id: { type: 'text', sql: () => 'e.id::text' },
    title: { type: 'text', sql: () => 'e.title' },
    kind: { type: 'text', sql: () => enumLabelSql('e.kind') },
    startedOn: {
      type: 'text',
      sql: (c) => impreciseDateSql('e.started_on', 'e.started_on_precision', c.lang),
    },
    endedOn: { type: 'text', sql: (c) => impreciseDateSql('e.ended_on', 'e.ended_on_precision', c.lang) },
    country: { type: 'text', sql: () => 'e.country' },
    region: { type: 'text', sql: () => 'e.region' },
    place: { type: 'text', sql: () => 'e.place' },
    otherNames: {
      type: 'text',
      sql: () =>
        `(SELECT string_agg(DISTINCT n.value, '; ') FROM event_names n WHERE n.event_id = e.id AND n.value <> e.title)`,
    },
    description: { type: 'text', sql: () => 'e.description' },
    // Conflicting figures from different sources stay side by side: "killed: 16; killed: at least 17".
    casualties: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(${enumLabelSql('ec.kind')} || ': ' || ${QUALIFIER_SQL} || ec.count::text, '; '
            ORDER BY ec.kind, ec.count, ec.id)
           FROM event_casualties ec WHERE ec.event_id = e.id AND ${visibleRow('ec', c)})`,
    },
    persons: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(DISTINCT p.display_name, '; ') FROM event_persons ep JOIN persons p ON p.id = ep.person_id
           WHERE ${personLinkVisible(c)})`,
    },
    cases: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(DISTINCT concat_ws(' ', k.case_number, k.title), '; ') FROM case_events ce
           JOIN cases k ON k.id = ce.case_id WHERE ce.event_id = e.id AND ${visibleRow('k', c)})`,
    },
    confidentiality: { type: 'text', sql: () => 'e.confidentiality::text' },
    updatedAt: { type: 'text', sql: () => isoTimestampSql('e.updated_at') },
  },
  filters: {
    // As the events list: every word, in any script, occurs in the key (Janaozen finds Жанаозен).
    q: (v) =>
      `(${['TRUE', ...queryTokens(v).map((token) => `e.search_key LIKE ${lit(`%${escapeLike(token)}%`)}`)].join(' AND ')})`,
    status: (v) => `e.kind::text = ${lit(v)}`,
    country: (v) => `e.country = ${lit(v)}`,
    region: (v) => `lower(e.region) = lower(${lit(v)})`,
    personId: (v, c) =>
      `EXISTS (SELECT 1 FROM event_persons ep JOIN persons p ON p.id = ep.person_id
         WHERE ${personLinkVisible(c)} AND ep.person_id = ${uuidLit(v)})`,
    organisationId: (v, c) =>
      `EXISTS (SELECT 1 FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id
         WHERE eo.event_id = e.id AND eo.organisation_id = ${uuidLit(v)} AND ${visibleRow('o', c)})`,
  },
  /** Events whose (possibly vague) period overlaps [from, to], as the events list. */
  period: (from, to) => {
    const parts = ['e.started_on IS NOT NULL'];
    if (from) parts.push(`${LAST_DAY} >= ${from}`);
    if (to) parts.push(`e.started_on <= ${to}`);
    return `(${parts.join(' AND ')})`;
  },
};
