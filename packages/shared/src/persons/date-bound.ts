import { daysInMonth, formatIsoDate, type IsoDate } from '../dates';

/**
 * A list filter bound written as `2011`, `2011-12` or `2011-12-16` (already validated), as the day
 * it stands for: a `from` bound is the first day of that period, a `to` bound its last day.
 */
export function personListDateBound(value: string, side: 'from' | 'to'): IsoDate {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return formatIsoDate(y, m, d);
  if (m !== undefined) return formatIsoDate(y, m, side === 'from' ? 1 : daysInMonth(y, m));
  return side === 'from' ? formatIsoDate(y, 1, 1) : formatIsoDate(y, 12, 31);
}
