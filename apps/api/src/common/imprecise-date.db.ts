import type { DatePrecision, ImpreciseDate } from '@habeas/shared';

/**
 * The API speaks `{ value: 'YYYY-MM-DD', precision }`; the database stores a
 * DATE (first day of the period) plus a precision column. These convert.
 */
export function dateToDb(
  date: ImpreciseDate | null | undefined,
): { date: Date | null; precision: DatePrecision | null } | undefined {
  if (date === undefined) return undefined; // not given: leave unchanged
  if (date === null) return { date: null, precision: null };
  return { date: new Date(`${date.value}T00:00:00.000Z`), precision: date.precision };
}

export function dateFromDb(date: Date | null, precision: DatePrecision | null): ImpreciseDate | null {
  if (!date || !precision) return null;
  return { value: date.toISOString().slice(0, 10), precision };
}

/** A plain DATE column (deadlines) as 'YYYY-MM-DD'. */
export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Prisma data for an imprecise date: `<field>` (first day of the period) and `<field>Precision`. */
export type ImpreciseDateData<K extends string> = { [P in K]?: Date | null } & {
  [P in `${K}Precision`]?: DatePrecision | null;
};

/**
 * Spreads an imprecise date into Prisma data fields `<field>` and `<field>Precision`,
 * e.g. `...dateFields('arrestedOn', input.arrestedOn)`. Undefined (not given) spreads nothing.
 */
export function dateFields<K extends string>(
  field: K,
  date: ImpreciseDate | null | undefined,
): ImpreciseDateData<K> {
  const db = dateToDb(date);
  if (!db) return {} as ImpreciseDateData<K>;
  return { [field]: db.date, [`${field}Precision`]: db.precision } as ImpreciseDateData<K>;
}

/** The same as dateFields (the name some modules use). */
export const impreciseDateData = dateFields;
