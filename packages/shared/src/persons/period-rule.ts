import type { z } from 'zod';
import { isValidIsoDate } from '../dates';
import { type ImpreciseDate, impreciseDateRange } from '../dates/imprecise-date';

/**
 * True when a period's end is not before its start, imprecise dates compared sensibly: the end's
 * LAST day against the start's FIRST day ("2011" may end "December 2011", started 2011-12-16).
 * Mirrors the database CHECK `period_end(ended_on, p) >= started_on`.
 */
export function periodIsOrdered(
  start: ImpreciseDate | null | undefined,
  end: ImpreciseDate | null | undefined,
) {
  if (!start || !end || !isValidIsoDate(start.value) || !isValidIsoDate(end.value)) return true;
  return impreciseDateRange(end).to >= start.value;
}

/** A zod superRefine that reports an end before its start on the end field. */
export function endNotBeforeStart<K extends string>(startField: K, endField: K) {
  return (value: Partial<Record<K, ImpreciseDate | null | undefined>>, ctx: z.RefinementCtx) => {
    if (!periodIsOrdered(value[startField], value[endField])) {
      ctx.addIssue({ code: 'custom', path: [endField], message: `must not be before ${startField}` });
    }
  };
}
