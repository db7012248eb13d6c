/**
 * Imprecise dates: "16 December 2011", "December 2011" or just "2011".
 *
 * Stored as `{ value: 'YYYY-MM-DD', precision: 'day' | 'month' | 'year' }` where `value` is the FIRST
 * day of the period (month precision => day 01, year precision => 01-01). Storing a real date keeps
 * the column sortable and indexable; `precision` says how much of it is known, and formatting shows
 * only that much. All arithmetic is calendar-only (see ./calendar.ts): no clocks, no time zones.
 */
import { z } from 'zod';
import { daysInMonth, formatIsoDate, isValidYmd, parseIsoDate } from './calendar';
import { lookupMonth, MONTHS_EN, MONTHS_KK, MONTHS_RU_GENITIVE, MONTHS_RU_NOMINATIVE } from './month-names';

/** Earliest and latest year accepted in an imprecise date (guards against typos such as 0211 or 2911). */
export const IMPRECISE_DATE_MIN_YEAR = 1900;
export const IMPRECISE_DATE_MAX_YEAR = 2100;

export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** Locales in which {@link formatImpreciseDate} can render a date. */
export const DATE_LOCALES = ['en', 'ru', 'kk'] as const;
export type DateLocale = (typeof DATE_LOCALES)[number];

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** Why a `{ value, precision }` pair is not a valid imprecise date, or null when it is. */
function impreciseDateProblem(value: string, precision: DatePrecision): string | null {
  const d = parseIsoDate(value);
  if (!d) return 'value must be a real calendar date in YYYY-MM-DD form';
  if (d.year < IMPRECISE_DATE_MIN_YEAR || d.year > IMPRECISE_DATE_MAX_YEAR) {
    return `year must be between ${IMPRECISE_DATE_MIN_YEAR} and ${IMPRECISE_DATE_MAX_YEAR}`;
  }
  if (precision === 'month' && d.day !== 1)
    return 'a month-precision date must be the first day of the month';
  if (precision === 'year' && (d.month !== 1 || d.day !== 1)) {
    return 'a year-precision date must be January 1st of the year';
  }
  return null;
}

export const ImpreciseDateSchema = z
  .strictObject({
    value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'value must be a date in YYYY-MM-DD form'),
    precision: DatePrecision,
  })
  .superRefine((d, ctx) => {
    const problem = impreciseDateProblem(d.value, d.precision);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['value'] });
  });
export type ImpreciseDate = z.infer<typeof ImpreciseDateSchema>;

/** Builds a validated imprecise date, or null when the parts do not name a real day in range. */
function build(year: number, month: number, day: number, precision: DatePrecision): ImpreciseDate | null {
  if (!isValidYmd(year, month, day)) return null;
  if (year < IMPRECISE_DATE_MIN_YEAR || year > IMPRECISE_DATE_MAX_YEAR) return null;
  if (precision === 'year') return { value: formatIsoDate(year, 1, 1), precision };
  if (precision === 'month') return { value: formatIsoDate(year, month, 1), precision };
  return { value: formatIsoDate(year, month, day), precision };
}

/**
 * Turns a `YYYY-MM-DD` date into an imprecise date of the given precision, truncating to the start
 * of the period: toImpreciseDate('2011-12-16', 'month') => { value: '2011-12-01', precision: 'month' }.
 * Throws RangeError when `value` is not a real date or its year is outside 1900-2100.
 */
export function toImpreciseDate(value: string, precision: DatePrecision): ImpreciseDate {
  const d = parseIsoDate(value);
  const result =
    d && DatePrecision.safeParse(precision).success ? build(d.year, d.month, d.day, precision) : null;
  if (!result) {
    throw new RangeError(
      `Not a valid date for an imprecise date: ${JSON.stringify(value)} (${String(precision)})`,
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Parsing what staff type
// ---------------------------------------------------------------------------------------------------

/** A year marker written after a purely numeric date: "16.12.2011 г.", "2011ж.", "2011 года". */
const TRAILING_YEAR_MARKER = /(\d)\s*(?:г|гг|год|года|году|ж|жыл|жылы|жылғы)\.?$/u;

/** Words that may surround a date without changing it ("в декабре 2011 года", "16th of December"). */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'г',
  'год',
  'года',
  'году',
  'в',
  'ж',
  'жыл',
  'жылы',
  'жылғы',
  'жылдың',
  'айы',
  'айында',
  'in',
  'of',
  'the',
  'st',
  'nd',
  'rd',
  'th',
]);

const NUMERIC_FORMS: ReadonlyArray<{
  re: RegExp;
  parts: (m: RegExpExecArray) => [string?, string?, string?];
}> = [
  // 2011-12-16, 2011/12/16, 2011.12.16
  { re: /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$/, parts: (m) => [m[1], m[3], m[4]] },
  // 16.12.2011, 16/12/2011, 16-12-2011 (day first, as written in Kazakhstan, Russia and Europe)
  { re: /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/, parts: (m) => [m[4], m[3], m[1]] },
  // 2011-12, 2011/12, 2011.12
  { re: /^(\d{4})[-./](\d{1,2})$/, parts: (m) => [m[1], m[2]] },
  // 12.2011, 12/2011, 12-2011
  { re: /^(\d{1,2})[-./](\d{4})$/, parts: (m) => [m[2], m[1]] },
  // 2011
  { re: /^(\d{4})$/, parts: (m) => [m[1]] },
];

function parseNumeric(s: string): ImpreciseDate | null | undefined {
  for (const form of NUMERIC_FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const [y, mo, d] = form.parts(m);
    const year = Number(y);
    if (mo === undefined) return build(year, 1, 1, 'year');
    if (d === undefined) return build(year, Number(mo), 1, 'month');
    return build(year, Number(mo), Number(d), 'day');
  }
  return undefined; // not a numeric form: try words
}

function parseWords(s: string): ImpreciseDate | null {
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;

  for (const chunk of s.split(/[\s,./-]+/u)) {
    if (chunk === '') continue;
    // "16th" => "16" + "th"; "2011г" => "2011" + "г"; anything else (e.g. "!") rejects the input.
    const pieces = chunk.match(/\d+|\p{L}+/gu);
    if (!pieces || pieces.join('') !== chunk) return null;
    for (const piece of pieces) {
      if (/^\d+$/.test(piece)) {
        if (piece.length === 4 && year === undefined) year = Number(piece);
        else if (piece.length <= 2 && day === undefined) day = Number(piece);
        else return null;
      } else if (FILLER_WORDS.has(piece)) {
        // ignore
      } else {
        const m = lookupMonth(piece);
        if (m === null || month !== undefined) return null;
        month = m;
      }
    }
  }

  if (year === undefined) return null;
  if (month === undefined) return day === undefined ? build(year, 1, 1, 'year') : null;
  if (day === undefined) return build(year, month, 1, 'month');
  return build(year, month, day, 'day');
}

/**
 * Parses a date as staff type it. Case-insensitive, surrounding whitespace ignored. Accepted forms:
 *
 * - numeric: `2011-12-16`, `16.12.2011`, `16/12/2011`, `16-12-2011`, `2011/12/16`,
 *   `12.2011`, `12/2011`, `2011-12`, `2011` (an optional trailing `г.` / `ж.` / `года` is ignored);
 * - with a month name in English, Russian or Kazakh, full or abbreviated, day optional, in any
 *   order around a four-digit year: `December 2011`, `Dec 2011`, `16 December 2011`,
 *   `December 16, 2011`, `декабрь 2011`, `декабря 2011`, `в декабре 2011 г.`, `16 декабря 2011`,
 *   `16 дек. 2011`, `желтоқсан 2011`, `2011 ж. 16 желтоқсан`, `2011 жылғы 16 желтоқсан`;
 *   Kazakh months also match when typed without Kazakh letters (`желтоксан`).
 *
 * Two-digit years are rejected as ambiguous. Returns null for anything else, for impossible dates
 * (`30.02.2011`) and for years outside 1900-2100.
 */
export function parseImpreciseDate(input: string): ImpreciseDate | null {
  if (typeof input !== 'string') return null;
  const s = input.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');
  if (s === '' || s.length > 64) return null;
  const numeric = parseNumeric(s.replace(TRAILING_YEAR_MARKER, '$1'));
  if (numeric !== undefined) return numeric;
  return parseWords(s);
}

// ---------------------------------------------------------------------------------------------------
// Formatting, ranges, ordering
// ---------------------------------------------------------------------------------------------------

/**
 * Renders only what is known:
 * - en: "16 December 2011" / "December 2011" / "2011"
 * - ru: "16 декабря 2011" / "декабрь 2011" / "2011"
 * - kk: "2011 ж. 16 желтоқсан" / "2011 ж. желтоқсан" / "2011 ж."
 * A malformed `value` is returned unchanged rather than throwing (this runs inside UI lists).
 */
export function formatImpreciseDate(d: ImpreciseDate, locale: DateLocale): string {
  const parts = parseIsoDate(d.value);
  if (!parts) return d.value;
  const { year, month, day } = parts;
  const i = month - 1;
  switch (locale) {
    case 'ru':
      if (d.precision === 'year') return `${year}`;
      if (d.precision === 'month') return `${MONTHS_RU_NOMINATIVE[i]} ${year}`;
      return `${day} ${MONTHS_RU_GENITIVE[i]} ${year}`;
    case 'kk':
      if (d.precision === 'year') return `${year} ж.`;
      if (d.precision === 'month') return `${year} ж. ${MONTHS_KK[i]}`;
      return `${year} ж. ${day} ${MONTHS_KK[i]}`;
    default:
      if (d.precision === 'year') return `${year}`;
      if (d.precision === 'month') return `${MONTHS_EN[i]} ${year}`;
      return `${day} ${MONTHS_EN[i]} ${year}`;
  }
}

/**
 * The inclusive first and last day of the period an imprecise date covers:
 * month 2012-02 => { from: '2012-02-01', to: '2012-02-29' }; year 2011 => 2011-01-01 .. 2011-12-31.
 * Throws RangeError when `value` is not a valid date.
 */
export function impreciseDateRange(d: ImpreciseDate): { from: string; to: string } {
  const p = parseIsoDate(d.value);
  if (!p) throw new RangeError(`Invalid imprecise date value: ${JSON.stringify(d.value)}`);
  switch (d.precision) {
    case 'year':
      return { from: formatIsoDate(p.year, 1, 1), to: formatIsoDate(p.year, 12, 31) };
    case 'month':
      return {
        from: formatIsoDate(p.year, p.month, 1),
        to: formatIsoDate(p.year, p.month, daysInMonth(p.year, p.month)),
      };
    default:
      return { from: d.value, to: d.value };
  }
}

/**
 * Comparator for sorting (`dates.sort(compareImpreciseDates)`): by `value` (the start of the period),
 * then, for the same start, the less precise date first: "2011" < "January 2011" < "1 January 2011".
 * Returns -1, 0 or 1.
 */
export function compareImpreciseDates(a: ImpreciseDate, b: ImpreciseDate): number {
  if (a.value < b.value) return -1;
  if (a.value > b.value) return 1;
  return Math.sign(PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]);
}
