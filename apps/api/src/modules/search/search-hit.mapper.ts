import {
  type DatePrecision,
  formatImpreciseDate,
  type SearchHit,
  type SearchResultType,
} from '@habeas/shared';
import type { ParsedQuery } from './search-query';
import type { SearchRow } from './search-sql';
import { bestVariantSnippet, escapeHtml, headlineToHtml, mark } from './snippet';

/** A hit plus what the merge sorts on. */
export interface RankedHit extends SearchHit {
  updatedAt: number;
}

/** Equal scores: records the user is most likely looking for first. */
export const TYPE_ORDER: Record<SearchResultType, number> = {
  person: 0,
  case: 1,
  event: 2,
  organisation: 3,
  provision: 4,
  update: 5,
};

const humanize = (value: string | null | undefined) => (value ? value.replace(/_/g, ' ') : null);

function formatDate(value: string | null | undefined, precision: string | null | undefined): string | null {
  if (!value || !precision) return null;
  return formatImpreciseDate({ value, precision: precision as DatePrecision }, 'en');
}

const joined = (parts: Array<string | null | undefined>) => {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return kept.length ? kept.join(' · ') : null;
};

function subtitleOf(row: SearchRow): string | null {
  const m = row.meta;
  switch (row.type) {
    case 'person':
      return joined([m.occupation, m.region]);
    case 'organisation':
      return joined([humanize(m.kind), m.region, m.country]);
    case 'event':
      return joined([humanize(m.kind), formatDate(m.date, m.precision), m.place]);
    case 'case':
      return joined([m.caseNumber, m.stage ? `stage: ${humanize(m.stage)}` : null]);
    case 'provision':
      return m.code ?? null;
    case 'update':
      return joined([humanize(m.kind), formatDate(m.date, m.precision)]);
  }
}

/** The provision title in the script the user typed in (English otherwise). */
function provisionTitle(row: SearchRow, query: string): string {
  const m = row.meta;
  if (/[әғқңөұүһі]/iu.test(query)) return m.titleKk ?? m.titleRu ?? m.titleEn ?? '';
  if (/\p{Script=Cyrillic}/u.test(query)) return m.titleRu ?? m.titleKk ?? m.titleEn ?? '';
  return m.titleEn ?? m.titleRu ?? m.titleKk ?? '';
}

function snippetOf(row: SearchRow, parsed: ParsedQuery): string | null {
  switch (row.type) {
    case 'update':
      return headlineToHtml(row.headline ?? '');
    case 'provision': {
      const m = row.meta;
      if (parsed.article) {
        const part = m.part ? `, part ${m.part}` : '';
        const title = provisionTitle(row, parsed.text);
        return `${escapeHtml('Art. ')}${mark(m.article ?? '')}${escapeHtml(`${part}${title ? `: ${title}` : ''}`)}`;
      }
      const h = bestVariantSnippet(
        [provisionTitle(row, parsed.text), ...(row.variants ?? [])].filter(Boolean) as string[],
        parsed.tokens,
        parsed.text,
      );
      return h.html || escapeHtml(row.title);
    }
    case 'case': {
      // Shown are only the number and the title: a hit neither explains is not shown at all.
      const h = bestVariantSnippet((row.variants ?? []).filter(Boolean), parsed.tokens, parsed.text);
      return h.tokensMatched > 0 ? h.html : null;
    }
    default: {
      const h = bestVariantSnippet((row.variants ?? []).filter(Boolean), parsed.tokens, parsed.text);
      return h.tokensMatched > 0 ? h.html : escapeHtml(row.title);
    }
  }
}

/** A ranked hit without its snippet yet (snippets are only located for the hits returned). */
export function toRankedHit(row: SearchRow): RankedHit {
  return {
    type: row.type,
    id: row.id,
    title: row.title,
    subtitle: subtitleOf(row),
    snippet: '',
    score: Math.round(Number(row.score) * 1000) / 1000,
    parent:
      row.parent_type && row.parent_id
        ? { type: row.parent_type, id: row.parent_id, title: row.parent_title ?? '' }
        : null,
    updatedAt: new Date(row.updated_at).getTime(),
  };
}

/**
 * The best `limit` hits, in rank order, with their snippets; a case hit whose number and title do
 * not explain the match is skipped (see snippetOf) and the next one taken.
 */
export function topHits(rows: readonly SearchRow[], parsed: ParsedQuery, limit: number): SearchHit[] {
  const ranked = rows
    .map((row) => ({ row, hit: toRankedHit(row) }))
    .sort((a, b) => compareHits(a.hit, b.hit));
  const hits: SearchHit[] = [];
  for (const { row, hit } of ranked) {
    if (hits.length >= limit) break;
    const snippet = snippetOf(row, parsed);
    if (snippet === null) continue;
    const { updatedAt: _, ...shown } = hit;
    hits.push({ ...shown, snippet });
  }
  return hits;
}

/** Score, then most recently updated, then type, then id (a stable order for equal hits). */
export function compareHits(a: RankedHit, b: RankedHit): number {
  return (
    b.score - a.score ||
    b.updatedAt - a.updatedAt ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
