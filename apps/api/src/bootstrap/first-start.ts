import type { Config } from '../config/config.schema';
import type { DatabaseInfo } from '../database/database-info';

/**
 * What happens on the first start of an empty database: the first admin and
 * (on the embedded database, or when asked) the demo data set.
 * Filled in by the accounts and case-records modules.
 */
export async function runFirstStart(
  _config: Config,
  _database: DatabaseInfo,
  _say: (line: string) => void,
): Promise<void> {}
