import { periodEnd, periodStart, type ResolvedExport } from './export-request';
import { EXPORT_KINDS, type SqlContext } from './kinds';
import { neutraliseSql } from './sql/formatting';
import { dateLit, ident, levelsLit } from './sql/literals';

export interface ExportSql {
  /** The SELECT of the file: headers as column aliases, cells finished (formatted, neutralised). */
  select: string;
  /** count(*) of the same rows. */
  count: string;
}

/**
 * Builds the export SELECT. Security first: the WHERE holds the visibility rules (the reader's
 * levels, narrowed to 'public' for the public variant) before any filter. Then formatting, in an
 * outer SELECT over a fenced subquery (OFFSET 0), so each cell expression runs once even though
 * neutralisation reads it three times.
 * `mode` 'csv' writes booleans as yes/no; 'rows' keeps them typed for XLSX.
 */
export function buildExportSql(req: ResolvedExport, mode: 'csv' | 'rows'): ExportSql {
  const kind = EXPORT_KINDS[req.kind];
  const ctx: SqlContext = { levels: levelsLit(req.levels), lang: req.lang, today: dateLit(req.today) };
  const where = [...kind.visible(ctx)];
  for (const [name, value] of Object.entries(req.filters)) {
    if (value === undefined || name === 'from' || name === 'to') continue;
    const filter = kind.filters[name as keyof typeof kind.filters];
    if (filter) where.push(filter(String(value), ctx, req.filters));
  }
  if ((req.filters.from || req.filters.to) && kind.period) {
    where.push(
      kind.period(
        req.filters.from ? dateLit(periodStart(req.filters.from)) : null,
        req.filters.to ? dateLit(periodEnd(req.filters.to)) : null,
        ctx,
      ),
    );
  }
  const from = kind.from(ctx);
  const whereSql = where.map((w) => `(${w})`).join('\n  AND ');
  const inner = req.columns.map((c, i) => `${kind.columns[c.key]!.sql(ctx)} AS c${i}`).join(',\n  ');
  const outer = req.columns
    .map((c, i) => {
      const v = `t.c${i}`;
      const cell =
        c.type === 'text'
          ? neutraliseSql(v)
          : c.type === 'boolean' && mode === 'csv'
            ? `CASE WHEN ${v} THEN 'yes' WHEN NOT ${v} THEN 'no' END`
            : v;
      return `${cell} AS ${ident(c.label)}`;
    })
    .join(', ');
  return {
    select: `SELECT ${outer} FROM (\n SELECT ${inner}\n FROM ${from}\n WHERE ${whereSql}\n ORDER BY ${kind.orderBy}\n OFFSET 0) t`,
    count: `SELECT count(*)::int AS n FROM ${from} WHERE ${whereSql}`,
  };
}
