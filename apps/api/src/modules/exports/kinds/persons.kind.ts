import { normalizeForSearch, OPEN_APPEAL_STATUSES } from '@habeas/shared';
import {
  enumLabelSql,
  expectedEndDateSql,
  impreciseDateSql,
  isoTimestampSql,
  provisionLabelSql,
  termTextSql,
} from '../sql/formatting';
import { lit, uuidLit } from '../sql/literals';
import { personStatusesJoin } from '../sql/person-status.sql';
import { boundPair, type ExportKindSql, impreciseInRange, type SqlContext } from './kind';
import { PERSON_STATUSES } from './status-values';

const visibleRow = (alias: string, c: SqlContext) =>
  `${alias}.deleted_at IS NULL AND ${alias}.confidentiality = ANY(${c.levels})`;

const nameIn = (script: string) => () =>
  `(SELECT n.value FROM person_names n WHERE n.person_id = p.id AND n.script = ${lit(script)}
     ORDER BY n.is_primary DESC, n.created_at, n.value LIMIT 1)`;

/** The sentence a list shows for a person: the latest visible one not superseded. */
const latestSentence = (c: SqlContext, what: string) =>
  `(SELECT ${what} FROM sentences s WHERE s.person_id = p.id AND ${visibleRow('s', c)}
     AND NOT EXISTS (SELECT 1 FROM sentences n WHERE n.supersedes_id = s.id AND ${visibleRow('n', c)})
     ORDER BY s.verdict_on DESC NULLS LAST, s.created_at DESC LIMIT 1)`;

const verdictIn = (cond: string, c: SqlContext) =>
  `EXISTS (SELECT 1 FROM sentences s WHERE s.person_id = p.id AND ${visibleRow('s', c)} AND ${cond})`;

/** Released (a detention period ended, or an actual release from a sentence) within the range. */
const releasedIn = (other: 'from' | 'to', otherKey: 'releasedFrom' | 'releasedTo') => {
  const fromDetention = boundPair(
    other,
    otherKey,
    'd.ended_on',
    'd.ended_on_precision',
    (cond, c) =>
      `EXISTS (SELECT 1 FROM detention_periods d WHERE d.person_id = p.id AND ${visibleRow('d', c)} AND ${cond})`,
  );
  const fromSentence = boundPair(
    other,
    otherKey,
    's.actual_release_on',
    's.actual_release_on_precision',
    verdictIn,
  );
  return (v: string, c: SqlContext, all: Parameters<typeof fromSentence>[2]) =>
    `(${fromDetention(v, c, all)} OR ${fromSentence(v, c, all)})`;
};

/** The same rule as the persons list (SentenceTermFilter): a sentence in force, not a fine, term in months. */
const sentenceTermIn = (c: SqlContext, comparison: string) =>
  `EXISTS (SELECT 1 FROM sentences s WHERE s.person_id = p.id AND ${visibleRow('s', c)} AND s.kind <> 'fine'
     AND NOT EXISTS (SELECT 1 FROM sentences n WHERE n.supersedes_id = s.id AND ${visibleRow('n', c)})
     AND s.term_years * 12 + s.term_months + s.term_days / 30.0 ${comparison})`;

/** SQL list of the open appeal statuses, from the one definition in shared. */
export const OPEN_APPEALS_SQL = `(${OPEN_APPEAL_STATUSES.map((status) => lit(status)).join(', ')})`;

/** The same rule as the persons list: the person's own open appeal, or a joint one in their case. */
const pendingAppealOf = (person: string, c: SqlContext) =>
  `(EXISTS (SELECT 1 FROM appeals ap WHERE ap.person_id = ${person} AND ${visibleRow('ap', c)}
       AND ap.status::text IN ${OPEN_APPEALS_SQL})
    OR EXISTS (SELECT 1 FROM appeals ap JOIN cases k ON k.id = ap.case_id AND ${visibleRow('k', c)}
       WHERE ap.person_id IS NULL AND ${visibleRow('ap', c)} AND ap.status::text IN ${OPEN_APPEALS_SQL}
         AND (EXISTS (SELECT 1 FROM case_participants cp WHERE cp.case_id = k.id AND cp.person_id = ${person}
                AND cp.confidentiality = ANY(${c.levels}))
           OR EXISTS (SELECT 1 FROM charges ch WHERE ch.case_id = k.id AND ch.person_id = ${person}
                AND ${visibleRow('ch', c)}))))`;

export const PERSONS_EXPORT: ExportKindSql = {
  // Statuses in one pass over all persons, not one function call per exported row.
  from: (c) => `persons p ${personStatusesJoin('ps', 'p', c.levels, c.today)}`,
  visible: (c) => [visibleRow('p', c)],
  orderBy: 'p.display_name, p.id',
  statusValues: PERSON_STATUSES,
  columns: {
    id: { type: 'text', sql: () => 'p.id::text' },
    displayName: { type: 'text', sql: () => 'p.display_name' },
    nameLatin: { type: 'text', sql: nameIn('lat') },
    nameCyrillic: { type: 'text', sql: nameIn('cyrl') },
    nameKazakh: { type: 'text', sql: nameIn('kk') },
    otherNames: {
      type: 'text',
      sql: () =>
        `(SELECT string_agg(DISTINCT n.value, '; ') FROM person_names n WHERE n.person_id = p.id AND n.value <> p.display_name)`,
    },
    gender: { type: 'text', sql: () => enumLabelSql('p.gender') },
    birthDate: {
      type: 'text',
      sql: (c) => impreciseDateSql('p.birth_date', 'p.birth_date_precision', c.lang),
    },
    nationality: { type: 'text', sql: () => 'p.nationality' },
    occupation: { type: 'text', sql: () => 'p.occupation' },
    region: { type: 'text', sql: () => 'p.residence_region' },
    currentStatus: { type: 'text', sql: () => enumLabelSql('ps.status') },
    arrestedOn: {
      type: 'text',
      sql: (c) =>
        `(SELECT ${impreciseDateSql('d.started_on', 'd.started_on_precision', c.lang)} FROM detention_periods d
           WHERE d.person_id = p.id AND ${visibleRow('d', c)} AND d.started_on IS NOT NULL
           ORDER BY d.started_on, d.created_at LIMIT 1)`,
    },
    cases: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(DISTINCT concat_ws(' ', k.case_number, k.title), '; ') FROM cases k
           WHERE ${visibleRow('k', c)} AND (
             EXISTS (SELECT 1 FROM case_participants cp WHERE cp.case_id = k.id AND cp.person_id = p.id AND cp.confidentiality = ANY(${c.levels}))
             OR EXISTS (SELECT 1 FROM charges ch WHERE ch.case_id = k.id AND ch.person_id = p.id AND ${visibleRow('ch', c)})))`,
    },
    charges: {
      type: 'text',
      sql: (c) =>
        `(SELECT string_agg(DISTINCT ${provisionLabelSql('lp')}, '; ') FROM charges ch
           JOIN legal_provisions lp ON lp.id = ch.provision_id
           JOIN cases k ON k.id = ch.case_id AND ${visibleRow('k', c)}
           WHERE ch.person_id = p.id AND ${visibleRow('ch', c)} AND ${visibleRow('lp', c)})`,
    },
    sentence: {
      type: 'text',
      sql: (c) => latestSentence(c, `concat_ws(', ', ${enumLabelSql('s.kind')}, ${termTextSql('s')})`),
    },
    expectedReleaseOn: {
      type: 'text',
      sql: (c) =>
        latestSentence(c, impreciseDateSql(expectedEndDateSql('s'), 's.started_on_precision', c.lang)),
    },
    notes: { type: 'text', sql: () => 'p.notes' },
    healthNotes: { type: 'text', sql: () => 'p.health_notes' },
    address: { type: 'text', sql: () => 'p.address' },
    confidentiality: { type: 'text', sql: () => 'p.confidentiality::text' },
    updatedAt: { type: 'text', sql: () => isoTimestampSql('p.updated_at') },
  },
  filters: {
    q: (v) => `p.search_key LIKE ${lit(`%${escapeLike(normalizeForSearch(v))}%`)}`,
    status: (v) => `ps.status::text = ${lit(v)}`,
    region: (v) => `lower(p.residence_region) = lower(${lit(v)})`,
    legalProvisionId: (v, c) =>
      `EXISTS (SELECT 1 FROM charges ch WHERE ch.person_id = p.id AND ch.provision_id = ${uuidLit(v)} AND ${visibleRow('ch', c)})`,
    category: (v, c) =>
      `EXISTS (SELECT 1 FROM charges ch JOIN legal_provisions lp ON lp.id = ch.provision_id
         WHERE ch.person_id = p.id AND lp.category::text = ${lit(v)} AND ${visibleRow('ch', c)})`,
    organisationId: (v, c) =>
      `(EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id AND a.organisation_id = ${uuidLit(v)} AND ${visibleRow('a', c)})
        OR EXISTS (SELECT 1 FROM detention_periods d WHERE d.person_id = p.id AND d.facility_id = ${uuidLit(v)} AND ${visibleRow('d', c)}))`,
    eventId: (v, c) =>
      `EXISTS (SELECT 1 FROM event_persons ep WHERE ep.person_id = p.id AND ep.event_id = ${uuidLit(v)} AND ep.confidentiality = ANY(${c.levels}))`,
    caseId: (v, c) =>
      `(EXISTS (SELECT 1 FROM case_participants cp WHERE cp.person_id = p.id AND cp.case_id = ${uuidLit(v)} AND cp.confidentiality = ANY(${c.levels}))
        OR EXISTS (SELECT 1 FROM charges ch WHERE ch.person_id = p.id AND ch.case_id = ${uuidLit(v)} AND ${visibleRow('ch', c)}))`,
    personId: (v) => `p.id = ${uuidLit(v)}`,
    verdictFrom: boundPair('to', 'verdictTo', 's.verdict_on', 's.verdict_on_precision', verdictIn),
    verdictTo: boundPair('from', 'verdictFrom', 's.verdict_on', 's.verdict_on_precision', verdictIn),
    releasedFrom: releasedIn('to', 'releasedTo'),
    releasedTo: releasedIn('from', 'releasedFrom'),
    sentenceMinMonths: (v, c) => sentenceTermIn(c, `>= ${Number(v)}`),
    sentenceMaxMonths: (v, c) => sentenceTermIn(c, `<= ${Number(v)}`),
    hasPendingAppeal: (v, c) => `${v === 'true' ? '' : 'NOT '}${pendingAppealOf('p.id', c)}`,
  },
  /** Persons detained (a detention period starting) within the period. */
  period: (from, to, c) =>
    `EXISTS (SELECT 1 FROM detention_periods d WHERE d.person_id = p.id AND ${visibleRow('d', c)}
       AND ${impreciseInRange('d.started_on', 'd.started_on_precision', from, to)})`,
};

/** LIKE wildcards in user text are literal characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export { visibleRow };
