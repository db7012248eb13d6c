import type { Pool } from 'pg';
import type { SearchRow, SearchStatement } from './search-sql';

/**
 * How similar (pg_trgm word_similarity) a typed word must be to a word of a name to be a
 * candidate in the typo tier. pg_trgm's default, 0.6, misses a swapped pair of letters in a
 * short name ("Kozolv" 0.43, "Saparagli" 0.5); below 0.4 candidates stop being plausible.
 * Candidates are then ranked by edit distance as well (search-sql.ts), so a looser threshold
 * does not put noise first.
 */
export const TYPO_WORD_SIMILARITY = 0.4;

/**
 * Runs the search statement with the typo threshold (and JIT off) for this statement only (SET
 * LOCAL in a read-only transaction): the `%>` operator reads the threshold from the session, and
 * a pooled connection must not keep either setting for other work.
 */
export async function runSearchStatement(pool: Pool, statement: SearchStatement): Promise<SearchRow[]> {
  const client = await pool.connect();
  try {
    // One round trip for the three (a query without parameters may hold several statements).
    // The planner prices the typo tier (edit distance per candidate) above jit_above_cost even
    // when that tier is skipped, and compiling it costs ~100 ms per statement: never worth it here.
    await client.query(
      `BEGIN READ ONLY; SET LOCAL pg_trgm.word_similarity_threshold = ${TYPO_WORD_SIMILARITY}; SET LOCAL jit = off`,
    );
    const { rows } = await client.query<SearchRow>(statement.text, statement.values);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
