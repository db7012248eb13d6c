/**
 * The one human-readable label of a statute, used wherever a provision is shown as text: case
 * pages, person pages, exports, reports. Keeping it in one function keeps every screen and every
 * spreadsheet spelling the same charge the same way.
 */
export interface ProvisionReference {
  code: string;
  article: string;
  /** '' or null when the article has no parts. */
  part?: string | null;
}

/**
 * formatProvision({ code: 'Criminal Code of the Republic of Kazakhstan (1997)', article: '164', part: '3' })
 * === 'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3'.
 * Surrounding whitespace is ignored; an empty part is left out.
 */
export function formatProvision({ code, article, part }: ProvisionReference): string {
  const trimmedCode = code.trim();
  const articleText = `art. ${article.trim()}`;
  const partText = part?.trim() ? ` part ${part.trim()}` : '';
  return trimmedCode ? `${trimmedCode}, ${articleText}${partText}` : `${articleText}${partText}`;
}
