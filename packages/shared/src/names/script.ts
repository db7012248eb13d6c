/** Which writing system a name variant is written in. */
export type NameScript = 'lat' | 'cyrl' | 'kk' | 'mixed' | 'other';

/** Letters that exist in Kazakh Cyrillic but not in Russian. */
const KAZAKH_LETTERS = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/u;
/** і is Kazakh but also Ukrainian / Belarusian; it counts as Kazakh unless a Ukrainian-only letter appears. */
const DOTTED_I = /[іІ]/u;
const UKRAINIAN_BELARUSIAN_ONLY = /[ґєїўҐЄЇЎ]/u;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Classifies the letters of `text` (digits, spaces and punctuation are ignored):
 * - `lat`: only Latin letters;
 * - `cyrl`: only Cyrillic letters, none specific to Kazakh;
 * - `kk`: only Cyrillic letters, at least one Kazakh-specific letter (ә ғ қ ң ө ұ ү һ, or і when no
 *   Ukrainian/Belarusian-only letter ґ є ї ў is present);
 * - `mixed`: letters from more than one script ("Жанаозен / Zhanaozen", or a Latin "i" typed inside a
 *   Cyrillic word);
 * - `other`: no letters at all, or only letters of other scripts (Arabic, Chinese...).
 */
export function detectScript(text: string): NameScript {
  let lat = false;
  let cyr = false;
  let other = false;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    if (LATIN.test(ch)) lat = true;
    else if (CYRILLIC.test(ch)) cyr = true;
    else other = true;
  }
  const scripts = Number(lat) + Number(cyr) + Number(other);
  if (scripts === 0) return 'other';
  if (scripts > 1) return 'mixed';
  if (lat) return 'lat';
  if (other) return 'other';
  if (KAZAKH_LETTERS.test(text)) return 'kk';
  if (DOTTED_I.test(text) && !UKRAINIAN_BELARUSIAN_ONLY.test(text)) return 'kk';
  return 'cyrl';
}
