/**
 * Month names used to parse and format imprecise dates in English, Russian and Kazakh.
 * Index 0 is January. Russian needs two forms: nominative for "декабрь 2011" and genitive for
 * "16 декабря 2011". Kazakh uses one form in both positions ("2011 ж. 16 желтоқсан").
 */

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const MONTHS_RU_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

export const MONTHS_RU_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** Prepositional case, only for parsing "в декабре 2011". */
const MONTHS_RU_PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
] as const;

export const MONTHS_KK = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

/** Abbreviations accepted when parsing (a trailing dot is ignored). Value = month number 1-12. */
const ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  янв: 1,
  фев: 2,
  февр: 2,
  мар: 3,
  апр: 4,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  сент: 9,
  окт: 10,
  ноя: 11,
  нояб: 11,
  дек: 12,
};

/** Kazakh case endings stripped when a Kazakh month is inflected (желтоқсанда, желтоқсанның). */
const KK_SUFFIXES = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'да', 'де', 'та', 'те'] as const;

/**
 * Folds a lowercase word so that Kazakh letters typed on a Russian keyboard (кантар, желтоксан,
 * сауир) and Latin look-alike letters inside Cyrillic words (сәуiр with a Latin i) still match.
 */
function foldForLookup(word: string): string {
  let w = word;
  if (/[\u0400-\u04ff]/u.test(w)) {
    w = w.replace(/[aeiocpxy]/g, (ch) => LATIN_LOOKALIKES[ch] ?? ch);
  }
  return w.replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch);
}

const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а',
  e: 'е',
  i: 'і',
  o: 'о',
  c: 'с',
  p: 'р',
  x: 'х',
  y: 'у',
};

const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

const MONTH_LOOKUP: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (name: string, month: number): void => {
    map.set(foldForLookup(name.toLowerCase()), month);
  };
  for (const list of [
    MONTHS_EN,
    MONTHS_RU_NOMINATIVE,
    MONTHS_RU_GENITIVE,
    MONTHS_RU_PREPOSITIONAL,
    MONTHS_KK,
  ]) {
    list.forEach((name, i) => {
      add(name, i + 1);
    });
  }
  for (const [abbr, month] of Object.entries(ABBREVIATIONS)) add(abbr, month);
  return map;
})();

const KK_LOOKUP: ReadonlyMap<string, number> = new Map(
  MONTHS_KK.map((name, i) => [foldForLookup(name), i + 1]),
);

/** Month number (1-12) for a month word in any supported language, or null. Input must be lowercase. */
export function lookupMonth(word: string): number | null {
  const folded = foldForLookup(word);
  const direct = MONTH_LOOKUP.get(folded);
  if (direct !== undefined) return direct;
  for (const suffix of KK_SUFFIXES) {
    const foldedSuffix = foldForLookup(suffix);
    if (folded.length > foldedSuffix.length + 2 && folded.endsWith(foldedSuffix)) {
      const stem = KK_LOOKUP.get(folded.slice(0, -foldedSuffix.length));
      if (stem !== undefined) return stem;
    }
  }
  return null;
}
