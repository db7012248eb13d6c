import { addTerm, daysBetween, type ImpreciseDate, type Term, toImpreciseDate } from '../dates';
import type { AppealStatus } from './appeal.schema';

/**
 * Values of a proceeding that are computed from the facts and never stored (DOMAIN.md, "Derived
 * values are derived"): the API computes them for every response, the web app may preview them
 * in a form with the same functions.
 */

/**
 * The expected end of a sentence: the start plus the term (calendar arithmetic of addTerm:
 * 2012-01-01 + 7 years 6 months = 2019-07-01). Null without a start, or when there is no term
 * to serve (a fine). The end is known no better than the start: a start of "January 2012" gives
 * an end of "July 2019", truncated to the start of the period like every imprecise date.
 */
export function expectedSentenceEnd(startedOn: ImpreciseDate | null, term: Term): ImpreciseDate | null {
  if (!startedOn) return null;
  if (term.years === 0 && term.months === 0 && term.days === 0) return null;
  return toImpreciseDate(addTerm(startedOn.value, term), startedOn.precision);
}

/** Only a planned appeal still has to meet its deadline; once filed (or decided) it cannot be late. */
export function appealAwaitsFiling(status: AppealStatus): boolean {
  return status === 'planned';
}

/**
 * Days left until an appeal deadline, counted from `today` ('YYYY-MM-DD', the caller's clock):
 * 0 on the last day, negative once it has passed. Overdue = passed while still awaiting filing.
 */
export function appealDeadlineStatus(
  deadline: string | null,
  status: AppealStatus,
  today: string,
): { daysUntilDeadline: number | null; overdue: boolean } {
  if (!deadline) return { daysUntilDeadline: null, overdue: false };
  const daysUntilDeadline = daysBetween(today, deadline);
  return { daysUntilDeadline, overdue: daysUntilDeadline < 0 && appealAwaitsFiling(status) };
}
