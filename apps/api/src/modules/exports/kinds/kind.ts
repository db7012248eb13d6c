import { type ExportFilters, type ExportLanguage, personListDateBound } from '@habeas/shared';
import { dateLit } from '../sql/literals';

/** What every SQL fragment of an export may depend on. */
export interface SqlContext {
  /** SQL array literal of the confidentiality levels the reader may see (policy, then variant). */
  levels: string;
  lang: ExportLanguage;
  /** SQL date literal of "today" (UTC), for derived values (status, days to a deadline). */
  today: string;
}

/**
 * How a value is written: text is neutralised against spreadsheet formulas; date is an exact
 * ISO day (a real date in XLSX); number and boolean stay typed in XLSX.
 */
export type CellType = 'text' | 'date' | 'number' | 'boolean';

export interface ColumnSql {
  type: CellType;
  sql: (c: SqlContext) => string;
}

export type FilterName = keyof ExportFilters;

/**
 * One filter's condition. `all` holds every filter of the request, for paired bounds that must
 * hold for the same linked record (verdictFrom with verdictTo).
 */
export type FilterSql = (value: string, c: SqlContext, all: ExportFilters) => string;

/**
 * One list export: its rows (FROM + visibility WHERE), the SQL of each column of EXPORT_COLUMNS, the
 * filters it understands and the values `status` may take.
 */
export interface ExportKindSql {
  from: (c: SqlContext) => string;
  /** Visibility of the row itself and of the records it hangs from (person, case). */
  visible: (c: SqlContext) => string[];
  orderBy: string;
  columns: Record<string, ColumnSql>;
  filters: Partial<Record<Exclude<FilterName, 'from' | 'to'>, FilterSql>>;
  /** The period filter on the kind's main date: `from`/`to` as first and last day. */
  period?: (fromDay: string | null, toDay: string | null, c: SqlContext) => string;
  statusValues?: readonly string[];
}

/** Overlap of an imprecise date with [from, to]: a vague date matches when its period touches the range. */
export function impreciseInRange(
  date: string,
  precision: string,
  from: string | null,
  to: string | null,
): string {
  const parts = [`${date} IS NOT NULL`];
  if (from) parts.push(`period_end(${date}, ${precision}) >= ${from}`);
  if (to) parts.push(`${date} <= ${to}`);
  return `(${parts.join(' AND ')})`;
}

/**
 * A `<name>From` / `<name>To` pair on an imprecise date of a linked row, both bounds applied to
 * the same row: the From filter writes the whole condition, the To filter only when From is absent.
 * `exists(cond)` wraps the date condition in the EXISTS over the linked rows.
 */
export function boundPair(
  other: 'from' | 'to',
  otherKey: keyof ExportFilters,
  date: string,
  precision: string,
  exists: (dateCondition: string, c: SqlContext) => string,
): FilterSql {
  return (value, c, all) => {
    const otherValue = all[otherKey] as string | undefined;
    if (other === 'from' && otherValue) return 'TRUE'; // the From filter covers both
    const [from, to] = other === 'to' ? [value, otherValue] : [undefined, value];
    return exists(
      impreciseInRange(
        date,
        precision,
        from ? dateLit(personListDateBound(from, 'from')) : null,
        to ? dateLit(personListDateBound(to, 'to')) : null,
      ),
      c,
    );
  };
}
