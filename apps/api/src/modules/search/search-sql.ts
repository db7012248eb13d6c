/**
 * The SQL of the global search: ONE statement, a UNION ALL with one branch per requested record
 * type, each branch ranked and limited on its own (so the merged top N is always among them).
 *
 * Name-like records (persons, organisations, events, cases) are matched on their search_key (all
 * name variants, normalised; GIN pg_trgm index), in two tiers:
 * 1. every query token is a whole word (scores 1) or a word prefix (0.75) of the key: `LIKE`,
 *    served by the trigram index. Score = mean over tokens.
 * 2. only if tier 1 found fewer rows than wanted: tokens may also be similar words
 *    (`search_key %> token`: pg_trgm word similarity at least pg_trgm.word_similarity_threshold,
 *    set per statement to TYPO_WORD_SIMILARITY (run-search-statement.ts), also served by the
 *    index). Score = half the mean of 1 / 0.75 / similarity, where a similar word's similarity is
 *    the better of word_similarity and 0.7 x (1 - edit distance to the nearest word / length), so
 *    a swapped pair of letters ranks close; any tier-2 row ranks below every tier-1 row.
 * Plus up to 0.05 for how much of the whole key the query covers (a record named exactly
 * "Zhanaozen" before one that merely mentions it). So: exact > prefix > similar words, and ties
 * go to the most recently updated record.
 *
 * Case updates are matched on their tsvector (full text, 'simple' config): 1 when every word is
 * there whole, 0.75 by prefix, times UPDATE_WEIGHT. Legal provisions match on article number
 * (1) or title words (0.75 at a word start, else 0.5). Every branch applies the confidentiality
 * levels of the actor and skips deleted rows; sensitive fields (health notes, addresses, source authors and contacts) are
 * never part of any key, text or snippet here.
 */
import type { Confidentiality, SearchResultType } from '@habeas/shared';
import type { ParsedQuery } from './search-query';
import { HEADLINE_START, HEADLINE_STOP } from './snippet';

/** Mentions in a timeline rank below a record that is named by the query, at equal match quality. */
export const UPDATE_WEIGHT = 0.9;

/** One row of the UNION: the same columns for every type. */
export interface SearchRow {
  type: SearchResultType;
  id: string;
  title: string;
  /** Texts the snippet is cut from: name variants (display name first) or provision titles. */
  variants: string[] | null;
  /** ts_headline of a case update, with HEADLINE_START / HEADLINE_STOP around matches. */
  headline: string | null;
  score: number;
  updated_at: Date;
  /** Type-specific plain fields for the subtitle (never sensitive ones). */
  meta: Record<string, string | null>;
  parent_type: 'person' | 'case' | null;
  parent_id: string | null;
  parent_title: string | null;
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Visible and not deleted, for any table alias with confidentiality + deleted_at. */
const visible = (alias: string, levels: string) =>
  `${alias}.deleted_at IS NULL AND ${alias}.confidentiality = ANY(${levels}::confidentiality[])`;

interface KeyMatchSql {
  /** WHERE of tier 1: every token is a whole word or a word prefix of the key. */
  wordsWhere: string;
  /** Score of tier 1: mean of 1 (whole word) / 0.75 (prefix), plus closeness. */
  wordsScore: string;
  /** WHERE of tier 2: every token matches a word, a prefix or (pg_trgm) a similar word; not tier 1. */
  fuzzyWhere: string;
  /** Score of tier 2: half the mean of 1 / 0.75 / word_similarity, plus closeness: always below tier 1. */
  fuzzyScore: string;
}

function keyMatchSql(key: string, parsed: ParsedQuery, p: Params): KeyMatchSql {
  const words: string[] = [];
  const fuzzy: string[] = [];
  const wordScores: string[] = [];
  const fuzzyScores: string[] = [];
  for (const token of parsed.tokens) {
    const t = p.add(token);
    const contains = p.add(`%${likeEscape(token)}%`);
    const prefix = p.add(`% ${likeEscape(token)}%`);
    const exact = p.add(`% ${likeEscape(token)} %`);
    // `key LIKE '%t%'` lets the trigram index find candidates; the word-start LIKE then checks them.
    const word = `(${key} LIKE ${contains} AND (' ' || ${key}) LIKE ${prefix})`;
    words.push(word);
    fuzzy.push(`(${word} OR ${key} %> ${t})`);
    const wordScore = `CASE WHEN (' ' || ${key} || ' ') LIKE ${exact} THEN 1.0 ELSE 0.75 END`;
    wordScores.push(wordScore);
    // A similar word scores its trigram similarity or, when higher, its closeness in edits to the
    // nearest word of the key (1 - distance / length): a swapped pair of letters ("kozolv") is
    // two edits from the name but shares few trigrams with it.
    const nearestEdit = `(SELECT min(levenshtein(${t}, w)) FROM regexp_split_to_table(${key}, ' ') w)`;
    fuzzyScores.push(
      `CASE WHEN (' ' || ${key} || ' ') LIKE ${exact} THEN 1.0 WHEN (' ' || ${key}) LIKE ${prefix} THEN 0.75` +
        ` ELSE greatest(word_similarity(${t}, ${key}), 0.7 * (1 - ${nearestEdit}::float8 / greatest(length(${t}), 1))) END`,
    );
  }
  const n = parsed.tokens.length;
  const whole = p.add(parsed.tokens.join(' '));
  // Closeness: the share of the key the query covers (cheap: no trigram work on every candidate).
  const closeness = `0.05 * least(1.0, length(${whole})::float8 / greatest(length(${key}), 1))`;
  return {
    wordsWhere: words.join(' AND '),
    wordsScore: `((${wordScores.join(' + ')}) / ${n}.0 + ${closeness})`,
    fuzzyWhere: `${fuzzy.join(' AND ')} AND NOT (${words.join(' AND ')})`,
    fuzzyScore: `(0.5 * (${fuzzyScores.join(' + ')}) / ${n}.0 + ${closeness})`,
  };
}

const COLUMNS =
  'type, id, title, variants, headline, score, updated_at, meta, parent_type, parent_id, parent_title';

interface KeyedTable {
  type: SearchResultType;
  table: string;
  title: string;
  /** Name variants for the snippet, computed for the few rows kept (x = the row). */
  variants: string;
  meta: string;
}

const KEYED_TABLES: Record<'person' | 'organisation' | 'event' | 'case', KeyedTable> = {
  person: {
    type: 'person',
    table: 'persons',
    title: 'x.display_name',
    variants: `ARRAY[x.display_name] || ARRAY(SELECT n.value FROM person_names n WHERE n.person_id = x.id ORDER BY n.is_primary DESC, n.created_at, n.value)`,
    meta: `jsonb_build_object('occupation', x.occupation, 'region', x.residence_region)`,
  },
  organisation: {
    type: 'organisation',
    table: 'organisations',
    title: 'x.name',
    variants: `ARRAY[x.name] || ARRAY(SELECT n.value FROM organisation_names n WHERE n.organisation_id = x.id ORDER BY n.is_primary DESC, n.created_at, n.value)`,
    meta: `jsonb_build_object('kind', x.type::text, 'country', x.country, 'region', x.region)`,
  },
  event: {
    type: 'event',
    table: 'events',
    title: 'x.title',
    variants: `ARRAY[x.title] || ARRAY(SELECT n.value FROM event_names n WHERE n.event_id = x.id ORDER BY n.is_primary DESC, n.created_at, n.value) || ARRAY[x.place]`,
    meta: `jsonb_build_object('kind', x.kind::text, 'date', to_char(x.started_on, 'YYYY-MM-DD'), 'precision', x.started_on_precision::text, 'place', x.place)`,
  },
  case: {
    type: 'case',
    table: 'cases',
    title: 'x.title',
    // Only the number and title are shown: a hit that neither explains is dropped (search.service).
    variants: `ARRAY[x.title, x.case_number]`,
    meta: `jsonb_build_object('caseNumber', x.case_number, 'stage', x.stage::text)`,
  },
};

function keyedBranch(
  spec: KeyedTable,
  parsed: ParsedQuery,
  levels: string,
  limit: string,
  p: Params,
): string {
  const match = keyMatchSql('x.search_key', parsed, p);
  const ranked = (where: string, score: string) => `SELECT x.id, ${score}::float8 AS score, x.updated_at
        FROM ${spec.table} x
        WHERE ${visible('x', levels)} AND ${where}
        ORDER BY score DESC, x.updated_at DESC, x.id
        LIMIT ${limit}`;
  // Tier 2 (similar words) always ranks below tier 1, so it is only computed (one-time filter)
  // when tier 1 did not fill the branch: a common surname never pays for trigram similarity.
  // Titles, variants and fields are then fetched for the kept rows only.
  return `(WITH words AS MATERIALIZED (${ranked(match.wordsWhere, match.wordsScore)})
    SELECT '${spec.type}'::text AS type, x.id, ${spec.title} AS title, ${spec.variants} AS variants,
      NULL::text AS headline, r.score, r.updated_at, ${spec.meta} AS meta,
      NULL::text AS parent_type, NULL::uuid AS parent_id, NULL::text AS parent_title
    FROM (SELECT * FROM words
      UNION ALL
      (${ranked(`(SELECT count(*) FROM words) < ${limit} AND ${match.fuzzyWhere}`, match.fuzzyScore)})) r
    JOIN ${spec.table} x ON x.id = r.id)`;
}

function provisionBranch(parsed: ParsedQuery, levels: string, limit: string, p: Params): string | null {
  let where: string;
  let score: string;
  if (parsed.article) {
    const article = p.add(parsed.article.article);
    const part = p.add(parsed.article.part);
    where = `x.article = ${article}`;
    score = `CASE WHEN ${part}::text IS NULL OR x.part = ${part}::text THEN 1.0 ELSE 0.9 END`;
  } else {
    if (parsed.words.length === 0) return null;
    const text = `concat_ws(' ', x.title_en, x.title_ru, x.title_kk, x.code, x.article)`;
    const contains = parsed.words.map((w) => `${text} ILIKE ${p.add(`%${likeEscape(w)}%`)}`);
    // Typed words are letters and digits only, so they are safe inside a regular expression.
    const starts = parsed.words.map((w) => `${text} ~* ${p.add(`\\m${w}`)}`);
    where = contains.join(' AND ');
    score = `CASE WHEN ${starts.join(' AND ')} THEN 0.75 ELSE 0.5 END`;
  }
  return `(SELECT 'provision'::text AS type, r.id, r.title, ARRAY[r.meta->>'titleEn', r.meta->>'titleRu', r.meta->>'titleKk'] AS variants,
      NULL::text AS headline, r.score, r.updated_at, r.meta,
      NULL::text AS parent_type, NULL::uuid AS parent_id, NULL::text AS parent_title
    FROM (SELECT x.id, 'Art. ' || x.article || CASE WHEN x.part <> '' THEN ', part ' || x.part ELSE '' END AS title,
        (${score})::float8 AS score, x.updated_at,
        jsonb_build_object('code', x.code, 'article', x.article, 'part', x.part,
          'titleEn', x.title_en, 'titleRu', x.title_ru, 'titleKk', x.title_kk) AS meta
      FROM legal_provisions x
      WHERE ${visible('x', levels)} AND ${where}
      ORDER BY score DESC, x.code, x.article, x.part
      LIMIT ${limit}) r)`;
}

function updateBranch(parsed: ParsedQuery, levels: string, limit: string, p: Params): string | null {
  if (!parsed.textQuery || !parsed.textExactQuery) return null;
  const query = `to_tsquery('simple', ${p.add(parsed.textQuery)})`;
  // Numbers are never prefix-matched, so for `164` both queries are the same: skip the second test.
  const exactTest =
    parsed.textExactQuery === parsed.textQuery
      ? '1.0'
      : `CASE WHEN x.search_vector @@ to_tsquery('simple', ${p.add(parsed.textExactQuery)}) THEN 1.0 ELSE 0.75 END`;
  const options = p.add(
    `StartSel=${HEADLINE_START}, StopSel=${HEADLINE_STOP}, MaxWords=28, MinWords=10, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "`,
  );
  const titleOptions = p.add(`StartSel=${HEADLINE_START}, StopSel=${HEADLINE_STOP}, HighlightAll=true`);
  const strip = `E'\\x01\\x02'`;
  const marker = `E'\\x01'`;
  // An update about a person or case the actor may not see is not theirs to find either.
  return `(SELECT 'update'::text AS type, u.id, coalesce(nullif(u.title, ''), initcap(u.kind::text)) AS title,
      NULL::text[] AS variants,
      (SELECT CASE WHEN strpos(h.body, ${marker}) > 0 OR h.title IS NULL OR strpos(h.title, ${marker}) = 0 THEN h.body
          ELSE h.title || ': ' || h.body END
        FROM (SELECT ts_headline('simple', translate(u.body, ${strip}, ''), ${query}, ${options}) AS body,
          ts_headline('simple', translate(nullif(u.title, ''), ${strip}, ''), ${query}, ${titleOptions}) AS title) h
      ) AS headline,
      r.score, r.updated_at,
      jsonb_build_object('kind', u.kind::text, 'date', to_char(u.fact_on, 'YYYY-MM-DD'), 'precision', u.fact_on_precision::text) AS meta,
      CASE WHEN pp.id IS NOT NULL THEN 'person' WHEN pc.id IS NOT NULL THEN 'case' END AS parent_type,
      coalesce(pp.id, pc.id) AS parent_id, coalesce(pp.display_name, pc.title) AS parent_title
    FROM (SELECT x.id, (${exactTest})::float8 * ${UPDATE_WEIGHT} AS score,
        x.updated_at
      FROM case_updates x
      LEFT JOIN persons xp ON xp.id = x.person_id
      LEFT JOIN cases xc ON xc.id = x.case_id
      WHERE ${visible('x', levels)} AND x.search_vector @@ ${query}
        AND (x.person_id IS NULL OR (${visible('xp', levels)}))
        AND (x.case_id IS NULL OR (${visible('xc', levels)}))
      ORDER BY score DESC, x.updated_at DESC, x.id
      LIMIT ${limit}) r
    JOIN case_updates u ON u.id = r.id
    LEFT JOIN persons pp ON pp.id = u.person_id
    LEFT JOIN cases pc ON pc.id = u.case_id)`;
}

export interface SearchStatement {
  text: string;
  values: unknown[];
}

/**
 * The statement for the requested types; null when no branch applies (no token to match).
 * `perType` rows are fetched per branch (the caller asks for a little more than it returns,
 * since case hits can be dropped).
 */
export function buildSearchStatement(
  parsed: ParsedQuery,
  types: readonly SearchResultType[],
  levels: readonly Confidentiality[],
  perType: number,
): SearchStatement | null {
  const p = new Params();
  const levelsParam = p.add(levels);
  const limit = p.add(perType);
  const branches: string[] = [];
  for (const type of types) {
    if (type === 'provision') {
      const branch = provisionBranch(parsed, levelsParam, limit, p);
      if (branch) branches.push(branch);
    } else if (type === 'update') {
      const branch = updateBranch(parsed, levelsParam, limit, p);
      if (branch) branches.push(branch);
    } else if (parsed.tokens.length > 0) {
      branches.push(keyedBranch(KEYED_TABLES[type], parsed, levelsParam, limit, p));
    }
  }
  if (branches.length === 0) return null;
  return { text: `SELECT ${COLUMNS} FROM (${branches.join('\nUNION ALL\n')}) hits`, values: p.values };
}
