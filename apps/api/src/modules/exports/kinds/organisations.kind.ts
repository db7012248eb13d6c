import { normalizeForSearch } from '@habeas/shared';
import { enumLabelSql, isoTimestampSql } from '../sql/formatting';
import { lit } from '../sql/literals';
import { orgName } from './cases.kind';
import type { ExportKindSql } from './kind';
import { escapeLike, visibleRow } from './persons.kind';
import { ORGANISATION_TYPES } from './status-values';

export const ORGANISATIONS_EXPORT: ExportKindSql = {
  from: () => 'organisations o LEFT JOIN organisations parent ON parent.id = o.parent_id',
  visible: (c) => [visibleRow('o', c)],
  orderBy: 'o.name, o.id',
  statusValues: ORGANISATION_TYPES,
  columns: {
    id: { type: 'text', sql: () => 'o.id::text' },
    name: { type: 'text', sql: () => 'o.name' },
    type: { type: 'text', sql: () => enumLabelSql('o.type') },
    country: { type: 'text', sql: () => 'o.country' },
    region: { type: 'text', sql: () => 'o.region' },
    // A restricted parent (an undisclosed unit) stays out, as on the organisation page.
    parent: { type: 'text', sql: (c) => orgName('parent', c) },
    otherNames: {
      type: 'text',
      sql: () =>
        `(SELECT string_agg(DISTINCT n.value, '; ') FROM organisation_names n WHERE n.organisation_id = o.id AND n.value <> o.name)`,
    },
    notes: { type: 'text', sql: () => 'o.notes' },
    confidentiality: { type: 'text', sql: () => 'o.confidentiality::text' },
    updatedAt: { type: 'text', sql: () => isoTimestampSql('o.updated_at') },
  },
  filters: {
    q: (v) => `o.search_key LIKE ${lit(`%${escapeLike(normalizeForSearch(v))}%`)}`,
    // The list's `type`, under the name every export gives its kind's main enum.
    status: (v) => `o.type::text = ${lit(v)}`,
    country: (v) => `o.country = ${lit(v)}`,
    region: (v) => `lower(o.region) = lower(${lit(v)})`,
  },
};
