/**
 * Cyrillic (Russian and Kazakh) to Latin transliteration. See ./normalize.ts for the full scheme and
 * how it is used for search; this file only holds the letter table and the case-preserving
 * `transliterate` used for display.
 */

/**
 * Habeas transliteration table, lowercase Cyrillic => Latin.
 *
 * A simple, predictable scheme close to common passport / BGN-PCGN practice (no diacritics, no
 * position-dependent rules): е is always "e" (not "ye"), ё is "e", й and ы are "y", ъ and ь vanish.
 * Kazakh letters map to the nearest plain Latin letter as in Kazakhstan passports (ә=a, ғ=g, қ=k,
 * ң=n, ө=o, ұ=u, ү=u, һ=h, і=i). Ukrainian / Belarusian є ї ґ ў are included so that such names are
 * not left in Cyrillic.
 */
export const CYRILLIC_TO_LATIN = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Ukrainian / Belarusian extras
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
} as const satisfies Record<string, string>;

const TABLE: Readonly<Record<string, string>> = CYRILLIC_TO_LATIN;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Transliterates Cyrillic letters (Russian and Kazakh) to Latin with {@link CYRILLIC_TO_LATIN},
 * leaving every other character unchanged. Case is preserved: "Жанаозен" => "Zhanaozen",
 * "ЖАНАОЗЕН" => "ZHANAOZEN" (a multi-letter output is fully upper-cased when a neighbouring letter
 * is upper case too).
 */
export function transliterate(text: string): string {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const lower = ch.toLowerCase();
    const latin = TABLE[lower];
    if (latin === undefined) {
      out += ch;
    } else if (lower === ch || latin === '') {
      out += latin;
    } else if (latin.length === 1) {
      out += latin.toUpperCase();
    } else {
      const next = chars[i + 1];
      const prev = chars[i - 1];
      const nextIsLetter = next !== undefined && next.toLowerCase() !== next.toUpperCase();
      const allCaps = isUpper(next) || (!nextIsLetter && isUpper(prev));
      out += allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
    }
  }
  return out;
}
