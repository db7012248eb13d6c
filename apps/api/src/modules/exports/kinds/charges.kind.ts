import { normalizeForSearch } from '@habeas/shared';
import { enumLabelSql, impreciseDateSql, provisionLabelSql, provisionTitleSql } from '../sql/formatting';
import { lit, uuidLit } from '../sql/literals';
import { type ExportKindSql, impreciseInRange } from './kind';
import { escapeLike, visibleRow } from './persons.kind';
import { CHARGE_STATUSES } from './status-values';

/** Filters shared by the records that hang from a person and a case (charges, sentences). */
export const personCaseFilters = (row: string): ExportKindSql['filters'] => ({
  q: (v) => `p.search_key LIKE ${lit(`%${escapeLike(normalizeForSearch(v))}%`)}`,
  region: (v) => `lower(coalesce(k.region, p.residence_region)) = lower(${lit(v)})`,
  caseId: (v) => `${row}.case_id = ${uuidLit(v)}`,
  personId: (v) => `${row}.person_id = ${uuidLit(v)}`,
  eventId: (v) =>
    `EXISTS (SELECT 1 FROM case_events ce WHERE ce.case_id = ${row}.case_id AND ce.event_id = ${uuidLit(v)})`,
  legalProvisionId: (v, c) =>
    `EXISTS (SELECT 1 FROM charges ch2 WHERE ch2.case_id = ${row}.case_id AND ch2.person_id = ${row}.person_id
       AND ch2.provision_id = ${uuidLit(v)} AND ${visibleRow('ch2', c)})`,
  category: (v, c) =>
    `EXISTS (SELECT 1 FROM charges ch2 JOIN legal_provisions lp2 ON lp2.id = ch2.provision_id
       WHERE ch2.case_id = ${row}.case_id AND ch2.person_id = ${row}.person_id AND lp2.category::text = ${lit(v)} AND ${visibleRow('ch2', c)})`,
});

export const CHARGES_EXPORT: ExportKindSql = {
  from: () =>
    `charges ch JOIN persons p ON p.id = ch.person_id JOIN cases k ON k.id = ch.case_id
     JOIN legal_provisions lp ON lp.id = ch.provision_id
     LEFT JOIN charges rc ON rc.id = ch.reclassified_to_id LEFT JOIN legal_provisions rlp ON rlp.id = rc.provision_id`,
  visible: (c) => [visibleRow('ch', c), visibleRow('p', c), visibleRow('k', c)],
  orderBy: 'p.display_name, ch.filed_on NULLS LAST, ch.id',
  statusValues: CHARGE_STATUSES,
  columns: {
    id: { type: 'text', sql: () => 'ch.id::text' },
    person: { type: 'text', sql: () => 'p.display_name' },
    caseNumber: { type: 'text', sql: () => 'k.case_number' },
    caseTitle: { type: 'text', sql: () => 'k.title' },
    provision: { type: 'text', sql: () => provisionLabelSql('lp') },
    provisionTitle: { type: 'text', sql: (c) => provisionTitleSql('lp', c.lang) },
    category: { type: 'text', sql: () => enumLabelSql('lp.category') },
    filedOn: { type: 'text', sql: (c) => impreciseDateSql('ch.filed_on', 'ch.filed_on_precision', c.lang) },
    status: { type: 'text', sql: () => enumLabelSql('ch.status') },
    reclassifiedTo: {
      type: 'text',
      sql: (c) =>
        `CASE WHEN rc.deleted_at IS NULL AND rc.confidentiality = ANY(${c.levels}) THEN ${provisionLabelSql('rlp')} END`,
    },
    notes: { type: 'text', sql: () => 'ch.notes' },
    confidentiality: { type: 'text', sql: () => 'ch.confidentiality::text' },
  },
  filters: {
    ...personCaseFilters('ch'),
    status: (v) => `ch.status::text = ${lit(v)}`,
    legalProvisionId: (v) => `ch.provision_id = ${uuidLit(v)}`,
    category: (v) => `lp.category::text = ${lit(v)}`,
  },
  period: (from, to) => impreciseInRange('ch.filed_on', 'ch.filed_on_precision', from, to),
};
