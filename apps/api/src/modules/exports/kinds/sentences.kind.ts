import { enumLabelSql, expectedEndDateSql, impreciseDateSql, termTextSql } from '../sql/formatting';
import { lit, uuidLit } from '../sql/literals';
import { orgName } from './cases.kind';
import { personCaseFilters } from './charges.kind';
import { type ExportKindSql, impreciseInRange } from './kind';
import { visibleRow } from './persons.kind';
import { SENTENCE_KINDS } from './status-values';

export const SENTENCES_EXPORT: ExportKindSql = {
  from: () =>
    `sentences s JOIN persons p ON p.id = s.person_id JOIN cases k ON k.id = s.case_id
     LEFT JOIN organisations court ON court.id = s.court_id`,
  visible: (c) => [visibleRow('s', c), visibleRow('p', c), visibleRow('k', c)],
  orderBy: 'p.display_name, s.verdict_on NULLS LAST, s.id',
  statusValues: SENTENCE_KINDS,
  columns: {
    id: { type: 'text', sql: () => 's.id::text' },
    person: { type: 'text', sql: () => 'p.display_name' },
    caseNumber: { type: 'text', sql: () => 'k.case_number' },
    caseTitle: { type: 'text', sql: () => 'k.title' },
    court: { type: 'text', sql: (c) => orgName('court', c) },
    verdictOn: {
      type: 'text',
      sql: (c) => impreciseDateSql('s.verdict_on', 's.verdict_on_precision', c.lang),
    },
    outcome: { type: 'text', sql: () => 's.outcome' },
    kind: { type: 'text', sql: () => enumLabelSql('s.kind') },
    term: { type: 'text', sql: () => termTextSql('s') },
    termYears: { type: 'number', sql: () => 's.term_years' },
    termMonths: { type: 'number', sql: () => 's.term_months' },
    termDays: { type: 'number', sql: () => 's.term_days' },
    fineAmount: { type: 'number', sql: () => 's.fine_amount' },
    fineCurrency: { type: 'text', sql: () => 's.fine_currency' },
    regime: { type: 'text', sql: () => 's.regime' },
    startedOn: {
      type: 'text',
      sql: (c) => impreciseDateSql('s.started_on', 's.started_on_precision', c.lang),
    },
    expectedReleaseOn: {
      type: 'text',
      sql: (c) => impreciseDateSql(expectedEndDateSql('s'), 's.started_on_precision', c.lang),
    },
    actualReleaseOn: {
      type: 'text',
      sql: (c) => impreciseDateSql('s.actual_release_on', 's.actual_release_on_precision', c.lang),
    },
    superseded: {
      type: 'boolean',
      sql: (c) => `EXISTS (SELECT 1 FROM sentences n WHERE n.supersedes_id = s.id AND ${visibleRow('n', c)})`,
    },
    notes: { type: 'text', sql: () => 's.notes' },
    confidentiality: { type: 'text', sql: () => 's.confidentiality::text' },
  },
  filters: {
    ...personCaseFilters('s'),
    status: (v) => `s.kind::text = ${lit(v)}`,
    organisationId: (v) => `s.court_id = ${uuidLit(v)}`,
  },
  period: (from, to) => impreciseInRange('s.verdict_on', 's.verdict_on_precision', from, to),
};
