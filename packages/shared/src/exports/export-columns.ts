/**
 * The columns each list export offers, shared so the web app can show a column picker and the
 * API can validate `?columns=` against the same whitelist. `access` says who may select a column:
 * - public: part of the 'public' variant (the list an NGO posts on its site);
 * - internal: full exports only;
 * - sensitive: full exports by users cleared for restricted data only (health notes, addresses).
 * The API owns the SQL behind each key (apps/api/src/modules/exports/columns).
 */
export type ExportColumnAccess = 'public' | 'internal' | 'sensitive';

export interface ExportColumnInfo {
  key: string;
  label: string;
  access: ExportColumnAccess;
  /** Left out when `?columns=` is not given (still selectable by name). */
  optional?: boolean;
}

const col = (key: string, label: string, access: ExportColumnAccess, optional = false): ExportColumnInfo => ({
  key,
  label,
  access,
  ...(optional ? { optional } : {}),
});

/** URL names of the list exports (`GET /api/exports/<kind>`). */
export const LIST_EXPORT_KINDS = [
  'persons',
  'cases',
  'charges',
  'sentences',
  'appeals',
  'case-updates',
  'events',
  'organisations',
] as const;
export type ListExportKind = (typeof LIST_EXPORT_KINDS)[number];

export const EXPORT_COLUMNS: Record<ListExportKind, readonly ExportColumnInfo[]> = {
  persons: [
    col('id', 'Id', 'internal', true),
    col('displayName', 'Name', 'public'),
    col('nameLatin', 'Name (Latin)', 'public'),
    col('nameCyrillic', 'Name (Cyrillic)', 'public'),
    col('nameKazakh', 'Name (Kazakh)', 'public'),
    col('otherNames', 'Other names', 'public', true),
    col('gender', 'Gender', 'public'),
    col('birthDate', 'Birth date', 'internal'),
    col('nationality', 'Nationality', 'public'),
    col('occupation', 'Occupation', 'public'),
    col('region', 'Region', 'public'),
    col('currentStatus', 'Current status', 'public'),
    col('arrestedOn', 'Arrested', 'public'),
    col('cases', 'Cases', 'public'),
    col('charges', 'Charges', 'public'),
    col('sentence', 'Sentence', 'public'),
    col('expectedReleaseOn', 'Expected release', 'public'),
    col('notes', 'Notes', 'internal'),
    col('healthNotes', 'Health notes', 'sensitive'),
    col('address', 'Address', 'sensitive'),
    col('confidentiality', 'Confidentiality', 'internal'),
    col('updatedAt', 'Updated', 'internal', true),
  ],
  cases: [
    col('id', 'Id', 'internal', true),
    col('caseNumber', 'Case number', 'public'),
    col('title', 'Title', 'public'),
    col('country', 'Country', 'public'),
    col('region', 'Region', 'public'),
    col('court', 'Court', 'public'),
    col('stage', 'Stage', 'public'),
    col('openedOn', 'Opened', 'public'),
    col('defendants', 'Defendants', 'public'),
    col('charges', 'Charges', 'public'),
    col('events', 'Events', 'public'),
    col('summary', 'Summary', 'public'),
    col('confidentiality', 'Confidentiality', 'internal'),
    col('updatedAt', 'Updated', 'internal', true),
  ],
  charges: [
    col('id', 'Id', 'internal', true),
    col('person', 'Person', 'public'),
    col('caseNumber', 'Case number', 'public'),
    col('caseTitle', 'Case', 'public'),
    col('provision', 'Legal provision', 'public'),
    col('provisionTitle', 'Provision title', 'public'),
    col('category', 'Category', 'public'),
    col('filedOn', 'Filed', 'public'),
    col('status', 'Status', 'public'),
    col('reclassifiedTo', 'Reclassified to', 'public'),
    col('notes', 'Notes', 'internal'),
    col('confidentiality', 'Confidentiality', 'internal'),
  ],
  sentences: [
    col('id', 'Id', 'internal', true),
    col('person', 'Person', 'public'),
    col('caseNumber', 'Case number', 'public'),
    col('caseTitle', 'Case', 'public'),
    col('court', 'Court', 'public'),
    col('verdictOn', 'Verdict', 'public'),
    col('outcome', 'Outcome', 'public'),
    col('kind', 'Kind', 'public'),
    col('term', 'Term', 'public'),
    col('termYears', 'Term (years)', 'public', true),
    col('termMonths', 'Term (months)', 'public', true),
    col('termDays', 'Term (days)', 'public', true),
    col('fineAmount', 'Fine', 'public'),
    col('fineCurrency', 'Currency', 'public'),
    col('regime', 'Regime', 'public'),
    col('startedOn', 'Start', 'public'),
    col('expectedReleaseOn', 'Expected release', 'public'),
    col('actualReleaseOn', 'Released', 'public'),
    col('superseded', 'Superseded', 'public'),
    col('notes', 'Notes', 'internal'),
    col('confidentiality', 'Confidentiality', 'internal'),
  ],
  appeals: [
    col('id', 'Id', 'internal', true),
    col('person', 'Appellant', 'public'),
    col('caseNumber', 'Case number', 'public'),
    col('caseTitle', 'Case', 'public'),
    col('level', 'Level', 'public'),
    col('body', 'Body', 'public'),
    col('filedOn', 'Filed', 'public'),
    col('deadline', 'Deadline', 'public'),
    col('daysToDeadline', 'Days to deadline', 'public'),
    col('overdue', 'Overdue', 'public'),
    col('status', 'Status', 'public'),
    col('decisionOn', 'Decision', 'public'),
    col('resultingChange', 'Resulting change', 'public'),
    col('notes', 'Notes', 'internal'),
    col('confidentiality', 'Confidentiality', 'internal'),
  ],
  'case-updates': [
    col('id', 'Id', 'internal', true),
    col('factOn', 'Date', 'public'),
    col('kind', 'Kind', 'public'),
    col('title', 'Title', 'public'),
    col('body', 'Text', 'public'),
    col('person', 'Person', 'public'),
    col('caseNumber', 'Case number', 'public'),
    col('caseTitle', 'Case', 'public'),
    col('sources', 'Sources', 'public'),
    col('author', 'Author', 'internal'),
    col('confidentiality', 'Confidentiality', 'internal'),
    col('createdAt', 'Entered', 'internal', true),
  ],
  events: [
    col('id', 'Id', 'internal', true),
    col('title', 'Title', 'public'),
    col('kind', 'Kind', 'public'),
    col('startedOn', 'Start', 'public'),
    col('endedOn', 'End', 'public'),
    col('country', 'Country', 'public'),
    col('region', 'Region', 'public'),
    col('place', 'Place', 'public'),
    col('otherNames', 'Other names', 'public', true),
    col('description', 'Description', 'public'),
    col('casualties', 'Casualties', 'public'),
    col('persons', 'Persons', 'public', true),
    col('cases', 'Cases', 'public'),
    col('confidentiality', 'Confidentiality', 'internal'),
    col('updatedAt', 'Updated', 'internal', true),
  ],
  organisations: [
    col('id', 'Id', 'internal', true),
    col('name', 'Name', 'public'),
    col('type', 'Type', 'public'),
    col('country', 'Country', 'public'),
    col('region', 'Region', 'public'),
    col('parent', 'Parent', 'public'),
    col('otherNames', 'Other names', 'public'),
    col('notes', 'Notes', 'internal'),
    col('confidentiality', 'Confidentiality', 'internal'),
    col('updatedAt', 'Updated', 'internal', true),
  ],
};

/** The entity type an export of this kind is audited under (the Prisma model name). */
export const EXPORT_ENTITY_TYPES: Record<ListExportKind, string> = {
  persons: 'Person',
  cases: 'LegalCase',
  charges: 'Charge',
  sentences: 'Sentence',
  appeals: 'Appeal',
  'case-updates': 'CaseUpdate',
  events: 'Event',
  organisations: 'Organisation',
};

/** The database enum value (export_jobs.kind) of a list export kind. */
export const EXPORT_JOB_KINDS: Record<ListExportKind, string> = {
  persons: 'persons',
  cases: 'cases',
  charges: 'charges',
  sentences: 'sentences',
  appeals: 'appeals',
  'case-updates': 'case_updates',
  events: 'events',
  organisations: 'organisations',
};

/**
 * Spreadsheet formula neutralisation (OWASP "CSV injection"): a cell starting with = + - @, a tab
 * or a carriage return gets a leading single quote, so Excel and LibreOffice show the text instead
 * of running it. The API does the same in SQL (exports/sql/neutralise.ts); this one is for cells
 * made in JavaScript (PDF tables need none, XLSX strings are never formulas but stay identical).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
