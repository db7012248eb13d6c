/**
 * Search snippets arrive as HTML-escaped text with `<mark>…</mark>` around the matched words. They
 * are never put into the page as HTML: split on the mark tags, decode the escaped characters back
 * to text, and let React render text nodes (so a `<script>` in the data shows as those characters).
 */

export interface SnippetPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML escaper produces (`&lt;`, `&#39;`, `&#x27;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1]?.toLowerCase() === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** `Vladimir <mark>Kozlov</mark>` -> [{ text: 'Vladimir ', marked: false }, { text: 'Kozlov', marked: true }]. */
export function parseSnippet(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/gi;
  let at = 0;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    if (match.index > at) parts.push({ text: decodeEntities(html.slice(at, match.index)), marked: false });
    parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
    at = match.index + match[0].length;
  }
  if (at < html.length) parts.push({ text: decodeEntities(html.slice(at)), marked: false });
  return parts.filter((p) => p.text !== '');
}
