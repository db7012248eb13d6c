import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';
import type { ResolvedColumn } from './export-request';

const BATCH = 2000;

/**
 * Writes `select` as an XLSX workbook with exceljs's streaming writer: rows come from a server-side
 * cursor in batches and each row is committed at once, so memory stays bounded. Exact dates become
 * real dates, numbers real numbers; text cells arrive already neutralised by the SELECT.
 * Must run inside a transaction (the cursor lives in it). Returns the number of data rows.
 */
export async function writeXlsx(
  client: PoolClient,
  select: string,
  columns: readonly ResolvedColumn[],
  out: Writable,
  options: { sheetName: string; onRows?: (rows: number) => void },
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: c.type === 'text' ? Math.max(14, Math.min(40, c.label.length + 4)) : 14,
    ...(c.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  await client.query(`DECLARE habeas_export NO SCROLL CURSOR FOR ${select}`);
  let rows = 0;
  for (;;) {
    const batch = await client.query<unknown[]>({
      text: `FETCH ${BATCH} FROM habeas_export`,
      rowMode: 'array',
    });
    for (const raw of batch.rows) {
      sheet.addRow(columns.map((c, i) => toCell(c, raw[i]))).commit();
    }
    rows += batch.rows.length;
    options.onRows?.(rows);
    if (batch.rows.length < BATCH) break;
  }
  await client.query('CLOSE habeas_export');
  sheet.commit();
  await workbook.commit();
  return rows;
}

function toCell(column: ResolvedColumn, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'date':
      return new Date(`${String(value)}T00:00:00.000Z`);
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return Boolean(value);
    default:
      return String(value);
  }
}
