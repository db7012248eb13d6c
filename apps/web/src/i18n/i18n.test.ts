import { createFormatters, formatDuration } from './format';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}

// Strings that are the same in every language (names, not words).
const SAME_EVERYWHERE = new Set(['app.name']);

describe('translations', () => {
  it.each([
    ['ru', ru],
    ['kk', kk],
  ])('%s has exactly the English keys, every one translated', (_lang, locale) => {
    expect(keys(locale).sort()).toEqual(keys(en).sort());
    for (const key of keys(en)) {
      const value = lookup(locale, key);
      expect(typeof value === 'string' && value.trim().length > 0).toBe(true);
      if (!SAME_EVERYWHERE.has(key)) expect([key, value]).not.toEqual([key, lookup(en, key)]);
    }
  });

  it('keeps the same interpolation variables', () => {
    for (const key of keys(en)) {
      const vars = (s: unknown) =>
        String(s)
          .match(/{{\w+}}/g)
          ?.sort() ?? [];
      expect([key, vars(lookup(ru, key))]).toEqual([key, vars(lookup(en, key))]);
      expect([key, vars(lookup(kk, key))]).toEqual([key, vars(lookup(en, key))]);
    }
  });
});

describe('formatters', () => {
  it('formats durations by their largest unit, per language', () => {
    expect(formatDuration(42, 'en')).toBe('42 seconds');
    expect(formatDuration(7260, 'en')).toBe('2 hours');
    expect(formatDuration(3 * 86_400 + 5, 'ru')).toBe('3 дня');
    expect(formatDuration(5 * 60, 'ru')).toBe('5 минут');
  });

  it('formats numbers and imprecise dates per language', () => {
    expect(createFormatters('en').number(12345)).toBe('12,345');
    expect(createFormatters('ru').number(12345)).toBe('12\u00a0345');
    expect(createFormatters('ru').impreciseDate({ value: '2011-12-01', precision: 'month' })).toMatch(/2011/);
  });
});
