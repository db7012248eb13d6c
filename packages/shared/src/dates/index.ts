export type { IsoDate, Term } from './calendar';
export {
  addDays,
  addTerm,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isValidIsoDate,
  parseIsoDate,
  toIsoDateUtc,
} from './calendar';
export type { DateLocale, ImpreciseDate } from './imprecise-date';
export {
  compareImpreciseDates,
  DATE_LOCALES,
  DatePrecision,
  formatImpreciseDate,
  IMPRECISE_DATE_MAX_YEAR,
  IMPRECISE_DATE_MIN_YEAR,
  ImpreciseDateSchema,
  impreciseDateRange,
  parseImpreciseDate,
  toImpreciseDate,
} from './imprecise-date';
export { MONTHS_EN, MONTHS_KK, MONTHS_RU_GENITIVE, MONTHS_RU_NOMINATIVE } from './month-names';
