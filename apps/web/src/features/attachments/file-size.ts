import type { Language } from '../../i18n/languages';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "532 bytes", "1.4 MB", "1,4 МБ": a file size in the reader's language (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}
