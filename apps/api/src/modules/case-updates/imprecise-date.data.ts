import type { DatePrecision, ImpreciseDate } from '@habeas/shared';
import { dateFields } from '../../common/imprecise-date.db';

/**
 * dateFields (common/) with types Prisma accepts: `<field>` is a Date and `<field>Precision` a
 * precision, rather than either for both. Nothing when the date is undefined (leave unchanged).
 * (Used by case updates, events and sources; the typing belongs in common/imprecise-date.db.ts.)
 */
export function dateData<K extends string>(
  field: K,
  date: ImpreciseDate | null | undefined,
): Partial<Record<K, Date | null> & Record<`${K}Precision`, DatePrecision | null>> {
  return dateFields(field, date) as Partial<
    Record<K, Date | null> & Record<`${K}Precision`, DatePrecision | null>
  >;
}
