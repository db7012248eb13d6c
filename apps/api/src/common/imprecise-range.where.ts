import { personListDateBound } from '@habeas/shared';

/** A DATE column value for a 'YYYY-MM-DD' day. */
const dbDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * "The date falls in [from, to]" for an imprecise date stored as the first day of its period
 * plus a precision. A period counts when it overlaps the range, so a verdict recorded only as
 * "2012" matches verdictFrom=2012-06: the user asked about mid-2012 and we cannot rule it out.
 * Bounds are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a from-bound is the first day of its
 * period, a to-bound the last). Returns undefined when neither bound is given.
 */
export function impreciseDateInRange(
  field: string,
  fromBound: string | undefined,
  toBound: string | undefined,
): Record<string, unknown> | undefined {
  if (!fromBound && !toBound) return undefined;
  const to = toBound ? dbDay(personListDateBound(toBound, 'to')) : undefined;
  // The period starts on or before the range ends...
  const startsBy = to ? { [field]: { lte: to } } : { [field]: { not: null } };
  if (!fromBound) return startsBy;
  // ...and ends on or after the range starts: a month-precise date ends after `from` exactly
  // when it starts on or after the first day of from's month; likewise for years.
  const from = personListDateBound(fromBound, 'from');
  const precision = `${field}Precision`;
  return {
    AND: [
      startsBy,
      {
        OR: [
          { [precision]: 'year', [field]: { gte: dbDay(`${from.slice(0, 4)}-01-01`) } },
          { [precision]: 'month', [field]: { gte: dbDay(`${from.slice(0, 7)}-01`) } },
          { [precision]: 'day', [field]: { gte: dbDay(from) } },
          { [precision]: null, [field]: { gte: dbDay(from) } },
        ],
      },
    ],
  };
}
