import type { ListExportKind } from '@habeas/shared';
import { APPEALS_EXPORT } from './appeals.kind';
import { CASE_UPDATES_EXPORT } from './case-updates.kind';
import { CASES_EXPORT } from './cases.kind';
import { CHARGES_EXPORT } from './charges.kind';
import { EVENTS_EXPORT } from './events.kind';
import type { ExportKindSql } from './kind';
import { ORGANISATIONS_EXPORT } from './organisations.kind';
import { PERSONS_EXPORT } from './persons.kind';
import { SENTENCES_EXPORT } from './sentences.kind';

/** The SQL of every list export, by URL kind. */
export const EXPORT_KINDS: Record<ListExportKind, ExportKindSql> = {
  persons: PERSONS_EXPORT,
  cases: CASES_EXPORT,
  charges: CHARGES_EXPORT,
  sentences: SENTENCES_EXPORT,
  appeals: APPEALS_EXPORT,
  'case-updates': CASE_UPDATES_EXPORT,
  events: EVENTS_EXPORT,
  organisations: ORGANISATIONS_EXPORT,
};

export type { CellType, ExportKindSql, SqlContext } from './kind';
