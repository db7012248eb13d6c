import { normalizeForSearch } from '@habeas/shared';
import { enumLabelSql, impreciseDateSql, isoDateSql } from '../sql/formatting';
import { lit, uuidLit } from '../sql/literals';
import { orgName } from './cases.kind';
import type { ExportKindSql, SqlContext } from './kind';
import { escapeLike, visibleRow } from './persons.kind';
import { APPEAL_STATUSES } from './status-values';

/** The appellant's name when the reader may see that person. */
const appellant = (c: SqlContext) => `CASE WHEN ${visibleRow('p', c)} THEN p.display_name END`;

export const APPEALS_EXPORT: ExportKindSql = {
  from: () =>
    `appeals a JOIN cases k ON k.id = a.case_id LEFT JOIN persons p ON p.id = a.person_id
     LEFT JOIN organisations body ON body.id = a.body_id`,
  visible: (c) => [visibleRow('a', c), visibleRow('k', c)],
  orderBy: 'a.deadline NULLS LAST, a.filed_on NULLS LAST, a.id',
  statusValues: APPEAL_STATUSES,
  columns: {
    id: { type: 'text', sql: () => 'a.id::text' },
    person: { type: 'text', sql: appellant },
    caseNumber: { type: 'text', sql: () => 'k.case_number' },
    caseTitle: { type: 'text', sql: () => 'k.title' },
    level: { type: 'text', sql: () => enumLabelSql('a.level') },
    body: { type: 'text', sql: (c) => `coalesce(${orgName('body', c)}, a.body_name)` },
    filedOn: { type: 'text', sql: (c) => impreciseDateSql('a.filed_on', 'a.filed_on_precision', c.lang) },
    deadline: { type: 'date', sql: () => isoDateSql('a.deadline') },
    // Days left from today (0 on the last day, negative once passed): appealDeadlineStatus.
    daysToDeadline: { type: 'number', sql: (c) => `(a.deadline - ${c.today})` },
    overdue: {
      type: 'boolean',
      sql: (c) => `(a.deadline IS NOT NULL AND a.deadline < ${c.today} AND a.status = 'planned')`,
    },
    status: { type: 'text', sql: () => enumLabelSql('a.status') },
    decisionOn: {
      type: 'text',
      sql: (c) => impreciseDateSql('a.decision_on', 'a.decision_on_precision', c.lang),
    },
    resultingChange: { type: 'text', sql: () => 'a.resulting_change' },
    notes: { type: 'text', sql: () => 'a.notes' },
    confidentiality: { type: 'text', sql: () => 'a.confidentiality::text' },
  },
  filters: {
    q: (v, c) =>
      `(${visibleRow('p', c)} AND p.search_key LIKE ${lit(`%${escapeLike(normalizeForSearch(v))}%`)})`,
    status: (v) => `a.status::text = ${lit(v)}`,
    region: (v) => `lower(k.region) = lower(${lit(v)})`,
    organisationId: (v) => `a.body_id = ${uuidLit(v)}`,
    caseId: (v) => `a.case_id = ${uuidLit(v)}`,
    personId: (v) => `a.person_id = ${uuidLit(v)}`,
    eventId: (v) =>
      `EXISTS (SELECT 1 FROM case_events ce WHERE ce.case_id = a.case_id AND ce.event_id = ${uuidLit(v)})`,
    legalProvisionId: (v, c) =>
      `EXISTS (SELECT 1 FROM charges ch WHERE ch.case_id = a.case_id AND (a.person_id IS NULL OR ch.person_id = a.person_id)
         AND ch.provision_id = ${uuidLit(v)} AND ${visibleRow('ch', c)})`,
  },
  /** On the deadline (an exact day). */
  period: (from, to) =>
    `(a.deadline IS NOT NULL${from ? ` AND a.deadline >= ${from}` : ''}${to ? ` AND a.deadline <= ${to}` : ''})`,
};
