import {
  type Confidentiality,
  EXPORT_COLUMNS,
  type ExportFileFormat,
  type ExportFilters,
  type ExportLanguage,
  type ExportSeparator,
  type ExportVariant,
  type FieldIssue,
  type ListExportKind,
  personListDateBound,
  toIsoDateUtc,
} from '@habeas/shared';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { type CellType, EXPORT_KINDS } from './kinds';
import { PROVISION_CATEGORIES } from './kinds/status-values';
import { visibleLevels } from './visibility';

/** An export request after validation: what to read, as whom, and how to write it. */
export interface ResolvedExport {
  kind: ListExportKind;
  format: ExportFileFormat;
  variant: ExportVariant;
  lang: ExportLanguage;
  separator: ExportSeparator;
  bom: boolean;
  /** Column keys in output order. */
  columns: ResolvedColumn[];
  filters: ExportFilters;
  /** Levels after the policy and the variant: the rows and linked values the file may hold. */
  levels: Confidentiality[];
  /** "Today" for derived values, fixed once so a background job agrees with its request. */
  today: string;
}

export interface ResolvedColumn {
  key: string;
  label: string;
  type: CellType;
}

export interface ExportRequestInput {
  kind: ListExportKind;
  format: ExportFileFormat;
  variant: ExportVariant;
  lang: ExportLanguage;
  separator: ExportSeparator;
  bom?: boolean;
  columns?: string[];
  filters: ExportFilters;
}

/**
 * Security first: which columns and filters this actor may use for this kind and variant. A
 * column outside the whitelist, a sensitive column below clearance, an internal column in the
 * public variant, a filter the kind does not have: 400 naming it (`query.columns` or `body.columns`).
 */
export function resolveExport(
  actor: Actor,
  input: ExportRequestInput,
  where: 'query' | 'body',
): ResolvedExport {
  const kindSql = EXPORT_KINDS[input.kind];
  const catalogue = EXPORT_COLUMNS[input.kind];
  const mayUseSensitive = input.variant === 'full' && visibleLevels(actor).includes('restricted');
  const allowed = catalogue.filter(
    (c) =>
      c.access === 'public' || (input.variant === 'full' && (c.access === 'internal' || mayUseSensitive)),
  );
  const issues: FieldIssue[] = [];
  let keys: string[];
  if (input.columns && input.columns.length > 0) {
    keys = [...new Set(input.columns)];
    for (const key of keys) {
      const known = catalogue.find((c) => c.key === key);
      if (!known) {
        issues.push({
          path: `${where}.columns`,
          message: `unknown column "${key}" for ${input.kind}; known: ${catalogue.map((c) => c.key).join(', ')}`,
        });
      } else if (!allowed.includes(known)) {
        issues.push({
          path: `${where}.columns`,
          message:
            input.variant === 'public' && known.access !== 'public'
              ? `column "${key}" is not part of the public variant`
              : `column "${key}" needs clearance for restricted data`,
        });
      }
    }
  } else {
    keys = allowed.filter((c) => !c.optional).map((c) => c.key);
  }

  const filterPath = (name: string) => (where === 'query' ? `query.${name}` : `body.filters.${name}`);
  for (const [name, value] of Object.entries(input.filters)) {
    if (value === undefined || name === 'from' || name === 'to') continue;
    if (!(name in kindSql.filters)) {
      issues.push({ path: filterPath(name), message: `is not a filter of the ${input.kind} export` });
    }
  }
  if ((input.filters.from || input.filters.to) && !kindSql.period) {
    issues.push({ path: filterPath('from'), message: `the ${input.kind} export has no date filter` });
  }
  if (input.filters.status && kindSql.statusValues && !kindSql.statusValues.includes(input.filters.status)) {
    issues.push({ path: filterPath('status'), message: `must be one of ${kindSql.statusValues.join(', ')}` });
  }
  if (
    input.filters.category &&
    !(PROVISION_CATEGORIES as readonly string[]).includes(input.filters.category)
  ) {
    issues.push({
      path: filterPath('category'),
      message: `must be one of ${PROVISION_CATEGORIES.join(', ')}`,
    });
  }
  if (
    input.filters.from &&
    input.filters.to &&
    periodStart(input.filters.from) > periodEnd(input.filters.to)
  ) {
    issues.push({ path: filterPath('to'), message: 'must not be before from' });
  }
  if (issues.length > 0)
    throw AppError.validation(issues, `Invalid ${[...new Set(issues.map((i) => i.path))].join(', ')}`);

  const levels = input.variant === 'public' ? (['public'] as Confidentiality[]) : visibleLevels(actor);
  return {
    kind: input.kind,
    format: input.format,
    variant: input.variant,
    lang: input.lang,
    separator: input.separator,
    bom: input.bom ?? false,
    columns: keys.map((key) => {
      const info = catalogue.find((c) => c.key === key)!;
      return { key, label: info.label, type: kindSql.columns[key]!.type };
    }),
    filters: input.filters,
    levels,
    today: toIsoDateUtc(new Date()),
  };
}

/** First day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` bound. */
export function periodStart(bound: string): string {
  return personListDateBound(bound, 'from');
}

/** Last day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` bound. */
export function periodEnd(bound: string): string {
  return personListDateBound(bound, 'to');
}
