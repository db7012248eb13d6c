/**
 * # Script-insensitive search keys for names and places
 *
 * Staff search for `Kozlov` or `Козлов`, `Janaozen`, `Zhanaozen` or `Жаңаөзен`, and misspell
 * `Sapargali` as `Sapargaly`. Every person / place row therefore stores a *search key* built from all
 * its name variants with {@link normalizeForSearch}, and every query goes through the same function,
 * so both sides are folded to one canonical Latin spelling. The function is deterministic, has no
 * locale dependence and is linear in the input length.
 *
 * ## Steps of `normalizeForSearch`
 * 1. Unicode NFC, lowercase.
 * 2. Apostrophes and primes (`' ’ ‘ ʼ ʻ ʹ ´` and backtick) are deleted, so `Il'ya` stays one word.
 * 3. Latin letters whose diacritic carries a sound are expanded before diacritics are stripped:
 *    `š ş`→`sh`, `ž`→`zh`, `č ç`→`ch`, `ğ ǵ`→`g`, `ı`→`i`, `ə`→`a`, `ß`→`ss`, `æ`→`ae`, `œ`→`oe`,
 *    `ø`→`o`, `ł`→`l`, `đ ð`→`d`, `þ`→`th` (Kazakh Latin 2021 `Şaşubai`, ISO 9 `Žanaozen`).
 * 4. NFKD and removal of all combining marks (`ä`→`a`, `ñ`→`n`, `ü`→`u`, full-width forms folded).
 * 5. Cyrillic → Latin with the table in ./transliterate.ts (`CYRILLIC_TO_LATIN`):
 *    а a · б b · в v · г g · д d · е e · ё e · ж zh · з z · и i · й y · к k · л l · м m · н n ·
 *    о o · п p · р r · с s · т t · у u · ф f · х kh · ц ts · ч ch · ш sh · щ shch · ъ – · ы y ·
 *    ь – · э e · ю yu · я ya; Kazakh ә a · ғ g · қ k · ң n · ө o · ұ u · ү u · һ h · і i;
 *    Ukrainian/Belarusian є ye · ї yi · ґ g · ў u.
 * 6. Every character that is not a letter or digit becomes a space (letters of other scripts such as
 *    Arabic or Georgian are kept as they are).
 * 7. Alternative Latin spellings are folded, in this order:
 *    | from                        | to   | so that                                          |
 *    |-----------------------------|------|--------------------------------------------------|
 *    | `dzh`, `dj`, `zh`, `j`      | `j`  | Zhanaozen = Janaozen = Жанаозен; Dzhumabaev = Jumabaev |
 *    | `kh`                        | `h`  | Mukhtar = Muhtar = Мұхтар; Әлихан = Alihan        |
 *    | `gh`                        | `g`  | Algha = Алга = Алға; Ghalym = Ғалым               |
 *    | `ph`                        | `f`  | Philipp = Филипп                                  |
 *    | `tch`                       | `ch` | Tchaikovsky = Чайковский                          |
 *    | `x`                         | `ks` | Alexei = Алексей                                  |
 *    | `ck`                        | `k`  | Zack = Зак                                        |
 *    | `q`                         | `k`  | Aqtau = Актау = Ақтау; Qairat = Қайрат            |
 *    | `w`                         | `v`  | Wladimir = Vladimir                               |
 *    | `ye`                        | `e`  | Yerlan = Ерлан; Andreyev = Андреев                |
 *    | consonant + `yo`            | consonant + `e` | Pyotr = Пётр; Semyon = Семён           |
 *    | `y`                         | `i`  | Sapargaly = Сапаргали; Yuriy = Iurii = Юрий (`yu`→`iu`, `ya`→`ia`) |
 *    | any doubled letter          | one  | Kassym = Касым; Dmitrii = Dmitry = Дмитрий; Mangghystau = Mangystau |
 * 8. Runs of spaces collapse to one; the result is trimmed.
 *
 * Examples: `Жанаозен`, `Жаңаөзен`, `Zhanaozen`, `Janaozen` → `janaozen`; `Козлов`, `Kozlov` →
 * `kozlov` (`Kozlova` → `kozlova`, still different); `Маңғыстау`, `Mangistau`, `Mangystau` →
 * `mangistau`; `Сапаргали`, `Sapargaly` → `sapargali`.
 *
 * Deliberately NOT folded (too many unrelated names would collide): `ts`/`c`, `c`/`k` (Victor vs
 * Viktor), `ng`/`n` (Kazakh ң written as "ng"), `ie`/`e`, `sch`/`sh`, `ou`/`u`. The folding is for
 * matching only; never display a search key.
 */
import { transliterate } from './transliterate';

/** Latin letters whose diacritic is a separate sound; expanded before NFKD would strip the mark. */
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  š: 'sh',
  ş: 'sh',
  ș: 'sh',
  ž: 'zh',
  č: 'ch',
  ç: 'ch',
  ğ: 'g',
  ǵ: 'g',
  ı: 'i',
  ə: 'a',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const LATIN_SPECIALS_RE = new RegExp(`[${Object.keys(LATIN_SPECIALS).join('')}]`, 'gu');
const APOSTROPHES_RE = /['’‘ʼʻʹ´`′＇]/gu;
const COMBINING_MARKS_RE = /\p{M}/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const DOUBLE_LETTER_RE = /(\p{L})\1+/gu;

/** The spelling folds of step 7, applied in order. */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/dzh/g, 'j'],
  [/dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/tch/g, 'ch'],
  [/x/g, 'ks'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/ye/g, 'e'],
  [/([bcdfghjklmnprstvz])yo/g, '$1e'],
  [/y/g, 'i'],
];

/**
 * Canonical, script-insensitive form of a name or query (see the module comment for the scheme):
 * normalizeForSearch('Жанаозен') === normalizeForSearch('Zhanaozen') === 'janaozen'.
 */
export function normalizeForSearch(text: string): string {
  if (typeof text !== 'string' || text === '') return '';
  let s = text.normalize('NFC').toLowerCase();
  s = s.replace(APOSTROPHES_RE, '');
  s = s.replace(LATIN_SPECIALS_RE, (ch) => LATIN_SPECIALS[ch] ?? ch);
  s = s.normalize('NFKD').replace(COMBINING_MARKS_RE, '');
  s = transliterate(s.toLowerCase());
  s = s.replace(NON_WORD_RE, ' ');
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  s = s.replace(DOUBLE_LETTER_RE, '$1');
  return s.trim().replace(/ {2,}/g, ' ');
}

/** Normalised, de-duplicated tokens in order of first appearance. */
function tokens(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of normalizeForSearch(text).split(' ')) {
      if (token !== '') seen.add(token);
    }
  }
  return [...seen];
}

/**
 * One search key covering every variant of a name: the normalised tokens of all `names`,
 * de-duplicated, in order of first appearance, joined by single spaces.
 * searchKey(['Kozlov Vladimir', 'Козлов Владимир Сергеевич']) === 'kozlov vladimir sergevich'.
 */
export function searchKey(names: readonly string[]): string {
  return tokens(names).join(' ');
}

/** The normalised, de-duplicated tokens of a search query; [] for an empty query. */
export function queryTokens(query: string): string[] {
  return tokens([query]);
}

/**
 * True when every query token is a prefix of some token of `key` (a value from {@link searchKey}),
 * in any order: key 'kozlov vladimir' matches 'Влад Козл' and 'kozlov'. An empty query matches.
 * Databases can do the same with one `LIKE` per token on the stored key.
 */
export function matchesSearchKey(key: string, query: string | readonly string[]): boolean {
  const wanted = typeof query === 'string' ? queryTokens(query) : query;
  const have = key.split(' ');
  return wanted.every((t) => have.some((k) => k.startsWith(t)));
}
