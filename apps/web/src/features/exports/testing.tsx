import type { ExportJob } from '@habeas/shared';
import type { mockApi } from '../../test/api-mock';

/** Test helpers (tests only): export jobs; renderWithSession lives with the session (auth/testing). */
export { renderWithSession } from '../auth/testing';

export const JOB_ID = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

export function exportJob(overrides: Partial<ExportJob> = {}): ExportJob {
  return {
    id: JOB_ID,
    kind: 'persons',
    format: 'csv',
    status: 'queued',
    rowsDone: 0,
    rowsTotal: null,
    percent: null,
    error: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    downloadUrl: null,
    ...overrides,
  };
}

/** jsdom has no object URLs: record what would have been downloaded. */
export function stubObjectUrls() {
  const created: Blob[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    writable: true,
    value: () => undefined,
  });
  const clicks = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { created, clicks };
}

/** A small CSV export as the API streams it (200, file name and row count in the headers). */
export function csvExport(fileName: string, rows = 1): Response {
  return new Response('Name\r\nx\r\n', {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'x-export-rows': String(rows),
    },
  });
}

/** The query string of the last request to `path`, as an object. */
export function lastQuery(api: ReturnType<typeof mockApi>, path: string) {
  const calls = api.callsTo('GET', path);
  return Object.fromEntries(calls[calls.length - 1]?.url.searchParams ?? []);
}
