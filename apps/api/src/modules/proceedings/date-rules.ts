import { type ImpreciseDate, impreciseDateRange } from '@habeas/shared';

/**
 * Whether `later` can be on or after `earlier`, given that both may be imprecise. Mirrors the
 * database's CHECKs (period_end(later) >= earlier): "March 2012" is not before "15 March 2012",
 * since the vague date may well be the 20th. Unknown dates never conflict.
 */
export function mayBeOnOrAfter(
  later: ImpreciseDate | null | undefined,
  earlier: ImpreciseDate | null | undefined,
): boolean {
  if (!later || !earlier) return true;
  return impreciseDateRange(later).to >= earlier.value;
}

/** The value an update leaves in place: the new one when given (null clears it), else the old one. */
export function merged<T>(next: T | undefined, current: T): T {
  return next === undefined ? current : next;
}
