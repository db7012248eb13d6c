/**
 * Turns what a user typed into what the search SQL matches:
 * - `tokens`: normalised, script-insensitive words (normalizeForSearch, the same function that
 *   built every stored search_key), matched against search_key columns;
 * - `article`: set when the whole query names a criminal-code article (`164`, `ст. 164`,
 *   `art 164 part 3`, `статья 164 ч. 3`, `164-3`), matched against the provision catalogue;
 * - `textQuery` / `textExactQuery`: a tsquery for the full text of case updates. The stored
 *   tsvector ('simple' config) holds the words as written, so each word is looked up as typed, as
 *   transliterated to Latin (a Cyrillic query finds an English text) and normalised.
 *
 * Pure functions: no database, unit-tested in search-query.spec.ts.
 */
import { normalizeForSearch, transliterate } from '@habeas/shared';

/** More words than this are ignored: every word adds a condition and a parameter to the SQL. */
export const MAX_QUERY_TOKENS = 8;

export interface ArticleRef {
  article: string;
  part: string | null;
}

export interface ParsedQuery {
  /** The query as typed (trimmed). */
  text: string;
  /** normalizeForSearch(text). */
  normalized: string;
  /** Normalised, de-duplicated words to match in search keys (at most MAX_QUERY_TOKENS). */
  tokens: string[];
  /** Lowercased words as typed (apostrophes removed), for matching catalogue titles. */
  words: string[];
  article: ArticleRef | null;
  /** tsquery text (prefix matching), null when there is nothing to look for. */
  textQuery: string | null;
  /** The same words without prefix matching: a hit on it ranks as an exact match. */
  textExactQuery: string | null;
}

/** Words that only say "article" / "part" / "criminal code" in the languages staff type (normalised). */
const ARTICLE_WORDS = new Set([
  'st',
  'stat',
  'stati',
  'statia',
  'statie',
  'art',
  'arts',
  'article',
  'bap',
  'babi',
]);
const PART_WORDS = new Set(['ch', 'chast', 'chasti', 'part', 'p', 'pt', 'punkt', 'bolik', 'bolim', 'boligi']);
const CODE_WORDS = new Set(['uk', 'rk', 'kz', 'cc', 'kk', 'ak', 'koap']);

const APOSTROPHES = /['’‘ʼʻʹ´`′＇]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const DIGITS = /^\d{1,5}$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * `164`, `ст. 164`, `art 164 part 3`, `статья 164 ч. 3`, `164-3`, `ст.164 УК РК`, `164-бап 3-бөлігі`:
 * the article and optional part; null when the query is anything else (an ordinary text search).
 */
export function parseArticleRef(normalized: string): ArticleRef | null {
  const words = normalized.split(' ').filter((w) => w !== '' && !CODE_WORDS.has(w));
  let i = 0;
  if (words[i] !== undefined && ARTICLE_WORDS.has(words[i] as string)) i++;
  const article = words[i];
  if (article === undefined || !DIGITS.test(article)) return null;
  i++;
  // Kazakh puts the marker after the number: "164-бап 3-бөлігі".
  if (words[i] !== undefined && ARTICLE_WORDS.has(words[i] as string)) i++;
  if (words[i] !== undefined && PART_WORDS.has(words[i] as string)) i++;
  const part = words[i];
  if (part !== undefined) {
    if (!DIGITS.test(part)) return null;
    i++;
    if (words[i] !== undefined && PART_WORDS.has(words[i] as string)) i++;
  }
  if (i !== words.length) return null;
  return { article, part: part ?? null };
}

/** Lowercased words as typed, split like normalizeForSearch splits (apostrophes do not split). */
export function typedWords(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().replace(APOSTROPHES, '').split(NOT_WORD);
  return [...new Set(words.filter((w) => w !== ''))];
}

function quoteLexeme(word: string): string {
  // Words hold only letters and digits (split on everything else), so no quote can appear.
  return `'${word}'`;
}

/**
 * A tsquery over the typed words: each word as typed, transliterated and normalised (any of them),
 * all words required. Digits never use prefix matching (`164` must not find `1640`).
 */
export function buildTextQuery(words: readonly string[], prefix: boolean): string | null {
  const groups = words.slice(0, MAX_QUERY_TOKENS).map((word) => {
    const forms = new Set<string>([word]);
    if (CYRILLIC.test(word)) forms.add(transliterate(word).toLowerCase());
    for (const token of normalizeForSearch(word).split(' ')) if (token) forms.add(token);
    const alternatives = [...forms]
      .filter((f) => f !== '' && !NOT_WORD.test(f))
      .map((f) => (prefix && !/^\d+$/.test(f) ? `${quoteLexeme(f)}:*` : quoteLexeme(f)));
    return alternatives.length > 1 ? `(${alternatives.join(' | ')})` : alternatives[0];
  });
  const present = groups.filter((g): g is string => Boolean(g));
  return present.length ? present.join(' & ') : null;
}

export function parseQuery(text: string): ParsedQuery {
  const trimmed = text.trim();
  const normalized = normalizeForSearch(trimmed);
  const article = parseArticleRef(normalized);
  const allTokens = [...new Set(normalized.split(' ').filter((t) => t !== ''))];
  // An article reference searches the other records for its numbers only ("ст" matches nothing useful).
  const tokens = (article ? [article.article, ...(article.part ? [article.part] : [])] : allTokens).slice(
    0,
    MAX_QUERY_TOKENS,
  );
  const words = article ? [article.article] : typedWords(trimmed).slice(0, MAX_QUERY_TOKENS);
  return {
    text: trimmed,
    normalized,
    tokens,
    words,
    article,
    textQuery: buildTextQuery(words, true),
    textExactQuery: buildTextQuery(words, false),
  };
}
