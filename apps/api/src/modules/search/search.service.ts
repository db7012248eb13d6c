import type { SearchQuery, SearchResults } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { PolicyService } from '../policy/policy.service';
import { runSearchStatement } from './run-search-statement';
import { topHits } from './search-hit.mapper';
import { parseQuery } from './search-query';
import { buildSearchStatement } from './search-sql';

/** Case hits a title/number does not explain are dropped, so each branch fetches a few extra rows. */
const EXTRA_ROWS = 5;

/**
 * The global search: one SQL statement over every record type the actor may see (search-sql.ts),
 * then snippets located in the original-script text (snippet.ts) and one merged ranking.
 * Read-only, so no audit entry.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    private readonly policy: PolicyService,
  ) {}

  async searchEverything(actor: Actor, query: SearchQuery): Promise<SearchResults> {
    const parsed = parseQuery(query.q);
    if (parsed.tokens.length === 0 && !parsed.textQuery) {
      throw AppError.validation([
        { path: 'query.q', message: 'contains no letters or digits to search for' },
      ]);
    }
    const statement = buildSearchStatement(
      parsed,
      query.types,
      this.policy.levels(actor),
      query.limit + EXTRA_ROWS,
    );
    const rows = statement ? await runSearchStatement(this.pool, statement) : [];
    const items = topHits(rows, parsed, query.limit);
    return { query: parsed.text, normalized: parsed.normalized, items };
  }
}
