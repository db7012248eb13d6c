/**
 * Pure proleptic-Gregorian calendar arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Nothing here reads the clock or the machine's time zone: dates are plain calendar days, converted to
 * a day count with Howard Hinnant's `days_from_civil` algorithm (day 0 = 1970-01-01), so results are
 * identical in Node and in every browser. The only function that touches a `Date` object is
 * {@link toIsoDateUtc}, and it reads that date's UTC fields.
 */

/** An ISO calendar date `YYYY-MM-DD` (four-digit year, two-digit month and day). */
export type IsoDate = string;

/** A sentence or detention term, as written in a verdict. */
export interface Term {
  years: number;
  months: number;
  days: number;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

/** True when year/month/day name a real day of the Gregorian calendar (any four-digit year). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 0 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Splits a strict `YYYY-MM-DD` string into numbers; null when malformed or not a real day (2011-02-30). */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** True for a strict `YYYY-MM-DD` string naming a real calendar day. */
export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Formats numbers as `YYYY-MM-DD` (zero-padded). Does not validate. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function requireIsoDate(value: string, name: string): { year: number; month: number; day: number } {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`${name} must be a valid YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  return parsed;
}

function requireInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
  return value;
}

/** Adds (or, when negative, subtracts) whole days to an ISO date. Throws RangeError on invalid input. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = requireIsoDate(date, 'date');
  const n = requireInteger(days, 'days');
  const r = civilFromDays(daysFromCivil(d.year, d.month, d.day) + n);
  return formatIsoDate(r.year, r.month, r.day);
}

/**
 * The date reached by adding a term to `start`, with calendar arithmetic applied in this order:
 * add the years, then the months (after each step the day is clamped to the end of the month, so
 * 2012-02-29 + 1 year = 2013-02-28 and 2011-01-31 + 1 month = 2011-02-28), then the days.
 *
 * This is the plain calendar sum; whether a given jurisdiction counts the release day as the last
 * day of the term (end = sum - 1 day) is the caller's decision. Components may be negative.
 * Throws RangeError when `start` is not a valid date or a component is not an integer.
 */
export function addTerm(start: IsoDate, term: Term): IsoDate {
  const s = requireIsoDate(start, 'start');
  const years = requireInteger(term.years, 'term.years');
  const months = requireInteger(term.months, 'term.months');
  const days = requireInteger(term.days, 'term.days');

  let year = s.year + years;
  let day = Math.min(s.day, daysInMonth(year, s.month));

  const monthIndex = year * 12 + (s.month - 1) + months;
  year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  day = Math.min(day, daysInMonth(year, month));

  const r = civilFromDays(daysFromCivil(year, month, day) + days);
  if (r.year < 0 || r.year > 9999) throw new RangeError('addTerm result is outside years 0000-9999');
  return formatIsoDate(r.year, r.month, r.day);
}

/**
 * Whole calendar days from `fromISO` to `toISO` (negative when `toISO` is earlier):
 * daysBetween('2024-01-01', '2024-01-31') === 30. Throws RangeError on invalid dates.
 */
export function daysBetween(fromISO: IsoDate, toISO: IsoDate): number {
  const a = requireIsoDate(fromISO, 'fromISO');
  const b = requireIsoDate(toISO, 'toISO');
  return daysFromCivil(b.year, b.month, b.day) - daysFromCivil(a.year, a.month, a.day);
}

/** The UTC calendar day of a `Date` instant as `YYYY-MM-DD` (e.g. "today" for a deadline countdown). */
export function toIsoDateUtc(instant: Date): IsoDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('toIsoDateUtc: invalid Date');
  return formatIsoDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}
