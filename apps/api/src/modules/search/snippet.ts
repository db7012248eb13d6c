/**
 * Snippets of search hits: the original-script text a hit was found by, HTML-escaped, with
 * `<mark>…</mark>` around the part that matched. The database matched normalised search keys
 * (`kozlov`); the user should see what the record really says (`Владимир <mark>Козлов</mark>`),
 * so the match is located again here, word by word, with the same normalizeForSearch.
 *
 * Everything that is not a mark is escaped: a name containing `<script>` stays text.
 */
import { detectScript, normalizeForSearch } from '@habeas/shared';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string);
}

export const mark = (text: string) => `<mark>${escapeHtml(text)}</mark>`;

/**
 * normalizeForSearch of one word, memoised: the same names recur across hits and requests, and
 * locating matches normalises every prefix of every word. The cache is bounded (cleared when full).
 */
const normalizedWords = new Map<string, string>();
const MAX_CACHED_WORDS = 50_000;
export function normalizeWord(word: string): string {
  let normalized = normalizedWords.get(word);
  if (normalized === undefined) {
    if (normalizedWords.size >= MAX_CACHED_WORDS) normalizedWords.clear();
    normalized = normalizeForSearch(word);
    normalizedWords.set(word, normalized);
  }
  return normalized;
}

/** A "word" of the original text: letters, digits, combining marks and the apostrophes normalisation deletes. */
const WORD = /[\p{L}\p{N}\p{M}'’‘ʼʻʹ´`′]+/gu;

/** Trigrams as pg_trgm builds them for one word ("  w", " wo", ..., "rd "). */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const chars = Array.from(padded);
  const set = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) set.add(chars.slice(i, i + 3).join(''));
  return set;
}

/** pg_trgm's similarity() for two single words: shared trigrams / all trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const union = ta.size + tb.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Below this a fuzzy match is not highlighted (pg_trgm's default similarity threshold). */
const FUZZY_HIGHLIGHT = 0.3;

/** 3 = whole word, 2 = prefix, 1 = fuzzy. */
type Quality = 0 | 1 | 2 | 3;

interface WordMatch {
  start: number;
  /** End (exclusive) of the highlighted part: the whole word, or just the matched prefix. */
  end: number;
  token: string;
  quality: Quality;
}

/** Length (in UTF-16 units) of the shortest prefix of `word` whose normalisation starts with `token`. */
function matchedPrefixLength(word: string, token: string): number {
  const chars = Array.from(word);
  let length = 0;
  for (const ch of chars) {
    length += ch.length;
    if (normalizeWord(word.slice(0, length)).startsWith(token)) return length;
  }
  return word.length;
}

function bestMatch(
  word: string,
  tokens: readonly string[],
): Omit<WordMatch, 'start' | 'end'> & { length: number } {
  const normalized = normalizeWord(word).replace(/ /g, '');
  let best: Omit<WordMatch, 'start' | 'end'> & { length: number } = { token: '', quality: 0, length: 0 };
  if (!normalized) return best;
  for (const token of tokens) {
    if (normalized === token) return { token, quality: 3, length: word.length };
    if (normalized.startsWith(token) && best.quality < 2) {
      best = { token, quality: 2, length: matchedPrefixLength(word, token) };
    } else if (
      best.quality < 1 &&
      token.length >= 3 &&
      !/^\d+$/.test(token) &&
      trigramSimilarity(token, normalized) >= FUZZY_HIGHLIGHT
    ) {
      best = { token, quality: 1, length: word.length };
    }
  }
  return best;
}

export interface Highlight {
  html: string;
  /** Distinct query tokens found in the text. */
  tokensMatched: number;
  /** Sum of match qualities (whole word 3, prefix 2, fuzzy 1): ranks variants against each other. */
  quality: number;
}

/** The text, escaped, with every word matching a query token marked. */
export function highlight(text: string, tokens: readonly string[]): Highlight {
  const matches: WordMatch[] = [];
  for (const m of text.matchAll(WORD)) {
    const found = bestMatch(m[0], tokens);
    if (found.quality > 0) {
      matches.push({
        start: m.index,
        end: m.index + found.length,
        token: found.token,
        quality: found.quality,
      });
    }
  }
  let html = '';
  let at = 0;
  for (const m of matches) {
    html += escapeHtml(text.slice(at, m.start)) + mark(text.slice(m.start, m.end));
    at = m.end;
  }
  html += escapeHtml(text.slice(at));
  return {
    html,
    tokensMatched: new Set(matches.map((m) => m.token)).size,
    quality: matches.reduce((sum, m) => sum + m.quality, 0),
  };
}

/**
 * Of a record's name variants (display name first), the one that best shows the match: most query
 * tokens found, then best match quality, then written in the script the user typed in.
 * `tokensMatched` is 0 when no variant contains a match (the caller decides what that means).
 */
export function bestVariantSnippet(
  variants: readonly string[],
  tokens: readonly string[],
  query: string,
): Highlight {
  const queryScript = detectScript(query);
  const sameScript = (text: string) => {
    const script = detectScript(text);
    return script === queryScript || (script === 'kk' && queryScript === 'cyrl') ? 1 : 0;
  };
  let best: (Highlight & { script: number }) | null = null;
  for (const variant of variants) {
    if (!variant) continue;
    const h = { ...highlight(variant, tokens), script: sameScript(variant) };
    if (
      !best ||
      h.tokensMatched > best.tokensMatched ||
      (h.tokensMatched === best.tokensMatched &&
        (h.quality > best.quality || (h.quality === best.quality && h.script > best.script)))
    ) {
      best = h;
    }
  }
  return best ?? { html: '', tokensMatched: 0, quality: 0 };
}

/** Markers ts_headline puts around matches; stripped from the text first so they cannot be forged. */
export const HEADLINE_START = '\u0001';
export const HEADLINE_STOP = '\u0002';

/** A ts_headline excerpt with the control-character markers, as escaped HTML with `<mark>`. */
export function headlineToHtml(headline: string): string {
  let html = '';
  let text = '';
  let open = false;
  const flush = () => {
    html += escapeHtml(text);
    text = '';
  };
  for (const ch of headline) {
    if (ch === HEADLINE_START || ch === HEADLINE_STOP) {
      flush();
      if (ch === HEADLINE_START && !open) html += '<mark>';
      if (ch === HEADLINE_STOP && open) html += '</mark>';
      open = ch === HEADLINE_START;
    } else {
      text += ch;
    }
  }
  flush();
  return open ? `${html}</mark>` : html;
}
