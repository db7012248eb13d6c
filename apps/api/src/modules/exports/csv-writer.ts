import { Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportSeparator } from '@habeas/shared';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { lit } from './sql/literals';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Counts CSV records as they stream past (newlines outside quotes: COPY quotes any cell holding a
 * newline), for the progress of background exports. Passes the bytes through untouched.
 */
export class CsvRecordCounter extends Transform {
  records = 0;
  private inQuotes = false;

  constructor(private readonly onRecords?: (records: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let quoted = this.inQuotes;
    let records = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === NEWLINE && !quoted) records++;
    }
    this.inQuotes = quoted;
    if (records > 0) {
      this.records += records;
      this.onRecords?.(this.records);
    }
    done(null, chunk);
  }
}

/**
 * Streams `select` as CSV straight from PostgreSQL (`COPY (SELECT ...) TO STDOUT`): the server
 * writes the cells, Node only forwards bytes, so an export runs near PostgreSQL's own speed with
 * flat memory. Returns the number of data rows (the header excluded).
 */
export async function copyCsv(
  client: PoolClient,
  select: string,
  out: Writable,
  options: { separator: ExportSeparator; bom: boolean; onRows?: (rows: number) => void },
): Promise<number> {
  const delimiter = options.separator === 'tab' ? '\t' : options.separator;
  const copy = client.query(
    copyTo(
      `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER ${lit(delimiter)}, ENCODING 'UTF8')`,
    ),
  );
  const counter = new CsvRecordCounter(options.onRows && ((n) => options.onRows!(Math.max(0, n - 1))));
  if (options.bom) counter.push(Buffer.from('\uFEFF', 'utf8'));
  await pipeline(copy, counter, out);
  return Math.max(0, counter.records - 1);
}
