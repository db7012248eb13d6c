import { type DateLocale, formatImpreciseDate, formatProvision, type ImpreciseDate } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';

type Precision = Parameters<typeof dateFromDb>[1];

/** An imprecise date column pair as written ("February 2012"), or null. */
export function writtenDate(date: Date | null, precision: Precision, lang: DateLocale): string | null {
  const d = dateFromDb(date, precision);
  return d ? formatImpreciseDate(d, lang) : null;
}

export function writtenImprecise(d: ImpreciseDate | null, lang: DateLocale): string | null {
  return d ? formatImpreciseDate(d, lang) : null;
}

/** "February 2012 – October 2012", "since December 2012", "until 2012". */
export function writtenPeriod(from: string | null, to: string | null, openText = 'ongoing'): string | null {
  if (!from && !to) return null;
  if (from && to) return `${from} – ${to}`;
  return from ? `${from} – ${openText}` : `until ${to}`;
}

export const words = (value: string | null | undefined): string | null =>
  value ? value.replace(/_/g, ' ') : null;

export function termText(t: { termYears: number; termMonths: number; termDays: number }): string | null {
  const part = (n: number, one: string, many: string) => (n > 0 ? `${n} ${n === 1 ? one : many}` : null);
  const text = [
    part(t.termYears, 'year', 'years'),
    part(t.termMonths, 'month', 'months'),
    part(t.termDays, 'day', 'days'),
  ]
    .filter(Boolean)
    .join(' ');
  return text || null;
}

export function provisionText(
  p: {
    code: string;
    article: string;
    part: string;
    titleEn: string | null;
    titleRu: string | null;
    titleKk: string | null;
  },
  lang: DateLocale,
): string {
  const title = (lang === 'ru' ? p.titleRu : lang === 'kk' ? p.titleKk : p.titleEn) ?? p.titleEn;
  return title ? `${formatProvision(p)} (${title})` : formatProvision(p);
}
