import type { Term } from '@habeas/shared';

/** "7 years 6 months", "7 лет 6 месяцев", "7 жыл 6 ай"; null for no term (a fine). */
export function formatTerm(term: Term, language: string): string | null {
  const parts: string[] = [];
  const unit = (value: number, u: 'year' | 'month' | 'day') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (term.years) parts.push(unit(term.years, 'year'));
  if (term.months) parts.push(unit(term.months, 'month'));
  if (term.days) parts.push(unit(term.days, 'day'));
  return parts.length > 0 ? parts.join(' ') : null;
}
