import {
  type ExportLanguage,
  MONTHS_EN,
  MONTHS_KK,
  MONTHS_RU_GENITIVE,
  MONTHS_RU_NOMINATIVE,
} from '@habeas/shared';
import { lit } from './literals';

/**
 * SQL twins of the shared formatters, so COPY can write finished cells without a round trip
 * through JavaScript (the fast path). Each mirrors a shared function; the e2e tests compare both.
 */

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map(lit).join(',')}]`;

/**
 * An imprecise date as written, in the export language: mirrors formatImpreciseDate
 * ("December 2011" / "декабрь 2011" / "2011 ж. желтоқсан"; "16 December 2011"; "2011").
 */
export function impreciseDateSql(date: string, precision: string, lang: ExportLanguage): string {
  const y = `extract(year FROM ${date})::int::text`;
  const m = `extract(month FROM ${date})::int`;
  const d = `extract(day FROM ${date})::int::text`;
  let year: string;
  let month: string;
  let day: string;
  switch (lang) {
    case 'ru':
      year = y;
      month = `(${sqlArray(MONTHS_RU_NOMINATIVE)})[${m}] || ' ' || ${y}`;
      day = `${d} || ' ' || (${sqlArray(MONTHS_RU_GENITIVE)})[${m}] || ' ' || ${y}`;
      break;
    case 'kk':
      year = `${y} || ' ж.'`;
      month = `${y} || ' ж. ' || (${sqlArray(MONTHS_KK)})[${m}]`;
      day = `${y} || ' ж. ' || ${d} || ' ' || (${sqlArray(MONTHS_KK)})[${m}]`;
      break;
    default:
      year = y;
      month = `(${sqlArray(MONTHS_EN)})[${m}] || ' ' || ${y}`;
      day = `${d} || ' ' || (${sqlArray(MONTHS_EN)})[${m}] || ' ' || ${y}`;
  }
  return `(CASE ${precision} WHEN 'year' THEN ${year} WHEN 'month' THEN ${month} WHEN 'day' THEN ${day} END)`;
}

/** An exact date as ISO text (XLSX turns it into a real date). */
export function isoDateSql(date: string): string {
  return `to_char(${date}, 'YYYY-MM-DD')`;
}

/** A timestamp as ISO 8601 UTC text. */
export function isoTimestampSql(ts: string): string {
  return `to_char(${ts} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

/**
 * Mirrors formatProvision: "Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3".
 * `alias` is a legal_provisions row.
 */
export function provisionLabelSql(alias: string): string {
  return (
    `(CASE WHEN btrim(${alias}.code) <> '' THEN btrim(${alias}.code) || ', ' ELSE '' END` +
    ` || 'art. ' || btrim(${alias}.article)` +
    ` || CASE WHEN btrim(coalesce(${alias}.part, '')) <> '' THEN ' part ' || btrim(${alias}.part) ELSE '' END)`
  );
}

/** The provision title in the export language, English when that one is missing. */
export function provisionTitleSql(alias: string, lang: ExportLanguage): string {
  const own = lang === 'ru' ? `${alias}.title_ru` : lang === 'kk' ? `${alias}.title_kk` : `${alias}.title_en`;
  return `coalesce(${own}, ${alias}.title_en)`;
}

/** Enum values read as words: pretrial_detention -> "pretrial detention". */
export function enumLabelSql(expr: string): string {
  return `replace(${expr}::text, '_', ' ')`;
}

/** "7 years 6 months", "1 year", "15 days"; NULL for no term (a fine). */
export function termTextSql(alias: string): string {
  const part = (col: string, one: string, many: string) =>
    `CASE WHEN ${alias}.${col} > 0 THEN ${alias}.${col}::text || ${`CASE WHEN ${alias}.${col} = 1 THEN ${lit(` ${one}`)} ELSE ${lit(` ${many}`)} END`} END`;
  return `nullif(concat_ws(' ', ${part('term_years', 'year', 'years')}, ${part('term_months', 'month', 'months')}, ${part('term_days', 'day', 'days')}), '')`;
}

/**
 * Expected release of a sentence row `alias`: start + term, known no better than the start
 * (sentence_expected_end, the SQL twin of the shared expectedSentenceEnd). NULL without a start
 * or a term.
 */
export function expectedEndDateSql(alias: string): string {
  return `sentence_expected_end(${alias}.started_on, ${alias}.started_on_precision, ${alias}.term_years, ${alias}.term_months, ${alias}.term_days)`;
}

/**
 * Spreadsheet formula neutralisation in SQL (same rule as neutraliseCell): text starting with
 * = + - @, a tab or a carriage return gets a leading single quote.
 */
export function neutraliseSql(expr: string): string {
  return `(CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${expr} ELSE ${expr} END)`;
}
