import { type ImpreciseDate, impreciseDateRange } from '@habeas/shared';
import { AppError } from '../../common/app-error';

/**
 * Prisma `where` fragments for date filters on imprecise dates, stored as the first day of the
 * period in `<field>` plus `<field>Precision`. A vague date is kept when its PERIOD touches the
 * window: "December 2011" is inside `from=2011-12-16`, "2011" inside `to=2011-03-01`.
 * (Used by case updates, events and sources; a candidate for common/.)
 */
type Where = Record<string, unknown>;

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** Inclusive days of `from` / `to` query bounds: a vague bound covers its whole period. 400 when reversed. */
export function dayBounds(query: { from?: ImpreciseDate; to?: ImpreciseDate }): {
  from?: string;
  to?: string;
} {
  const from = query.from ? impreciseDateRange(query.from).from : undefined;
  const to = query.to ? impreciseDateRange(query.to).to : undefined;
  if (from && to && to < from) {
    throw AppError.validation([{ path: 'query.to', message: 'must not be before from' }]);
  }
  return { from, to };
}

/**
 * period_end(field) >= from. Since the column holds the first day of its period, this is
 * `field >= from` truncated to the row's own precision, which Prisma can express.
 */
export function periodEndsOnOrAfter(field: string, from: string): Where {
  const [year, month] = from.split('-');
  const precision = `${field}Precision`;
  return {
    OR: [
      { [precision]: 'day', [field]: { gte: utcDay(from) } },
      { [precision]: 'month', [field]: { gte: utcDay(`${year}-${month}-01`) } },
      { [precision]: 'year', [field]: { gte: utcDay(`${year}-01-01`) } },
    ],
  };
}

/** The period starts on or before `to` (its first day is what the column holds). */
export function periodStartsOnOrBefore(field: string, to: string): Where {
  return { [field]: { lte: utcDay(to) } };
}

/** Fragments (to AND together) keeping rows whose imprecise date overlaps [from, to]. */
export function impreciseDateWithin(field: string, bounds: { from?: string; to?: string }): Where[] {
  return [
    ...(bounds.from ? [periodEndsOnOrAfter(field, bounds.from)] : []),
    ...(bounds.to ? [periodStartsOnOrBefore(field, bounds.to)] : []),
  ];
}
