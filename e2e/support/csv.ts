import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/** Parses CSV text (RFC 4180: quoted fields, "" inside quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A downloaded CSV file: its name, header row and data rows (a UTF-8 byte-order mark is dropped). */
export async function readCsvDownload(
  download: Download,
  separator = ',',
): Promise<{ fileName: string; text: string; header: string[]; rows: string[][] }> {
  const path = await download.path();
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const [header = [], ...rows] = parseCsv(text, separator);
  return { fileName: download.suggestedFilename(), text, header, rows };
}
