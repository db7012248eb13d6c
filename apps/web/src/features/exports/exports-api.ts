import {
  type CreateExportJobInput,
  ExportDateBoundSchema,
  type ExportFilters,
  ExportFiltersSchema,
  type ExportJob,
  type ExportJobList,
  ExportJobListSchema,
  ExportJobSchema,
  type ListExportKind,
  parseImpreciseDate,
} from '@habeas/shared';
import { useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/**
 * List exports over HTTP. A small export answers 200 with the file (saved at once); a large one
 * answers 202 with a background job, polled until it is done and then downloaded by its link.
 */

export type ExportKind = ListExportKind;

/** The four choices of the Export menu. */
export type ExportPreset = 'csv' | 'csv-excel' | 'xlsx' | 'public-csv';

export interface ExportOptions {
  format: 'csv' | 'xlsx';
  variant: 'full' | 'public';
  separator: ',' | ';';
  bom: boolean;
  lang: 'en' | 'ru' | 'kk';
}

export function presetOptions(preset: ExportPreset, lang: ExportOptions['lang']): ExportOptions {
  switch (preset) {
    case 'csv-excel':
      // Excel in most European and CIS locales expects ';' and needs the BOM to read UTF-8.
      return { format: 'csv', variant: 'full', separator: ';', bom: true, lang };
    case 'xlsx':
      return { format: 'xlsx', variant: 'full', separator: ',', bom: false, lang };
    case 'public-csv':
      return { format: 'csv', variant: 'public', separator: ',', bom: false, lang };
    default:
      return { format: 'csv', variant: 'full', separator: ',', bom: false, lang };
  }
}

type FilterName = keyof ExportFilters;

const PERSON_CASE: FilterName[] = [
  'q',
  'region',
  'caseId',
  'personId',
  'eventId',
  'legalProvisionId',
  'category',
];

/** The filters each export kind understands (the API answers 400 for any other). */
export const EXPORT_KIND_FILTERS: Record<ExportKind, ReadonlySet<FilterName>> = {
  persons: new Set<FilterName>([
    ...PERSON_CASE,
    'status',
    'organisationId',
    'from',
    'to',
    'verdictFrom',
    'verdictTo',
    'releasedFrom',
    'releasedTo',
    'sentenceMinMonths',
    'sentenceMaxMonths',
    'hasPendingAppeal',
  ]),
  cases: new Set<FilterName>([...PERSON_CASE, 'status', 'organisationId', 'from', 'to', 'hasPendingAppeal']),
  charges: new Set<FilterName>([...PERSON_CASE, 'status', 'from', 'to']),
  sentences: new Set<FilterName>([...PERSON_CASE, 'status', 'organisationId', 'from', 'to']),
  appeals: new Set<FilterName>([
    'q',
    'status',
    'region',
    'organisationId',
    'caseId',
    'personId',
    'eventId',
    'legalProvisionId',
    'from',
    'to',
  ]),
  'case-updates': new Set<FilterName>([
    'q',
    'status',
    'region',
    'caseId',
    'personId',
    'eventId',
    'from',
    'to',
  ]),
  events: new Set<FilterName>([
    'q',
    'status',
    'country',
    'region',
    'personId',
    'organisationId',
    'from',
    'to',
  ]),
  organisations: new Set<FilterName>(['q', 'status', 'country', 'region']),
};

/** A list's own name for what the export calls `status` (a case's stage, an update's kind...). */
const ALIASES: Partial<Record<ExportKind, Record<string, FilterName>>> = {
  persons: { arrestedFrom: 'from', arrestedTo: 'to', provisionCategory: 'category' },
  cases: { stage: 'status', courtId: 'organisationId' },
  sentences: { kind: 'status' },
  appeals: { deadlineFrom: 'from', deadlineTo: 'to' },
  'case-updates': { kind: 'status' },
  events: { kind: 'status' },
  organisations: { type: 'status' },
};

/**
 * A period bound as the export takes it (`2011`, `2011-12`, `2011-12-16`). Lists let people type
 * "12.2011" or "December 2011": read with the same parser, cut to the precision typed; null when
 * unreadable (the filter is then named as ignored rather than failing the export).
 */
function exportDateBound(text: string): string | null {
  if (ExportDateBoundSchema.safeParse(text).success) return text;
  const parsed = parseImpreciseDate(text);
  if (!parsed) return null;
  return parsed.value.slice(0, parsed.precision === 'year' ? 4 : parsed.precision === 'month' ? 7 : 10);
}

/** Export filters that are period bounds (typed dates are cut to the precision typed). */
const DATE_BOUNDS = new Set<string>(['from', 'to', 'verdictFrom', 'verdictTo', 'releasedFrom', 'releasedTo']);

/** URL parameters of a list page that are not filters of its rows (paging, sorting, display). */
const NOT_FILTERS = new Set(['sort', 'order', 'page', 'pageSize', 'includeDeleted', 'columns', 'view']);

const KNOWN_FILTERS = new Set<string>(ExportFiltersSchema.keyof().options);

/**
 * The list's filters the export of this kind can apply (`stage` of the cases list becomes `status`),
 * empty values left out; `ignored` names the filters in force that the export cannot apply, so the
 * menu can say so rather than silently export more rows than the list shows.
 */
export function exportFilters(
  kind: ExportKind,
  filters: Record<string, string | undefined>,
): { filters: ExportFilters; ignored: string[] } {
  const kept: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [key, raw] of Object.entries(filters)) {
    const value = raw?.trim();
    if (!value || NOT_FILTERS.has(key)) continue;
    const name = ALIASES[kind]?.[key] ?? key;
    const kindHasIt = KNOWN_FILTERS.has(name) && EXPORT_KIND_FILTERS[kind].has(name as FilterName);
    const exported = DATE_BOUNDS.has(name) ? exportDateBound(value) : value;
    if (kindHasIt && exported !== null) kept[name] = exported;
    else ignored.push(key);
  }
  return { filters: kept as ExportFilters, ignored };
}

export const exportKeys = {
  all: ['exports'] as const,
  jobs: () => [...exportKeys.all, 'jobs'] as const,
  job: (id: string) => [...exportKeys.all, 'job', id] as const,
};

export type ListExportResult =
  | { kind: 'file'; blob: Blob; fileName: string; rows: number | null }
  | { kind: 'job'; job: ExportJob };

const EXPORT_PATHS = {
  persons: '/api/exports/persons',
  cases: '/api/exports/cases',
  charges: '/api/exports/charges',
  sentences: '/api/exports/sentences',
  appeals: '/api/exports/appeals',
  'case-updates': '/api/exports/case-updates',
  events: '/api/exports/events',
  organisations: '/api/exports/organisations',
} as const satisfies Record<ExportKind, string>;

/** `attachment; filename="persons-2026-11-20.csv"` -> the name; a fallback otherwise. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // fall through to the plain name
    }
  }
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

/** GET /api/exports/<kind>: the file, or (202) the background job the API started instead. */
export async function requestListExport(
  kind: ExportKind,
  options: ExportOptions,
  filters: ExportFilters,
  signal?: AbortSignal,
): Promise<ListExportResult> {
  const path = EXPORT_PATHS[kind] as '/api/exports/persons';
  const { data, response } = await client.GET(path, {
    params: {
      query: {
        ...filters,
        format: options.format,
        variant: options.variant,
        lang: options.lang,
        separator: options.separator,
        ...(options.bom ? { bom: 'true' as const } : {}),
      },
    },
    parseAs: 'blob',
    signal,
  });
  const blob = data as Blob;
  if (response.status === 202) {
    return { kind: 'job', job: ExportJobSchema.parse(JSON.parse(await blob.text())) };
  }
  const rows = Number(response.headers.get('x-export-rows'));
  return {
    kind: 'file',
    blob,
    fileName: fileNameFrom(response.headers.get('content-disposition'), `${kind}.${options.format}`),
    rows: Number.isFinite(rows) && response.headers.has('x-export-rows') ? rows : null,
  };
}

/** POST /api/exports/jobs: always a background job (used for large XLSX exports). */
export async function startExportJob(input: CreateExportJobInput): Promise<ExportJob> {
  const { data } = await client.POST('/api/exports/jobs', { body: input });
  return ExportJobSchema.parse(data);
}

export async function getExportJob(id: string, signal?: AbortSignal): Promise<ExportJob> {
  const { data } = await client.GET('/api/exports/jobs/{id}', { params: { path: { id } }, signal });
  return ExportJobSchema.parse(data);
}

export async function listMyExportJobs(signal?: AbortSignal): Promise<ExportJobList> {
  const { data } = await client.GET('/api/exports/jobs', { signal });
  return ExportJobListSchema.parse(data);
}

/** Where a finished job's file is fetched (same origin: the session cookie goes along). */
export function jobDownloadUrl(job: ExportJob): string {
  return job.downloadUrl ?? `/api/exports/jobs/${job.id}/download`;
}

export function isJobFinished(job: ExportJob | undefined): boolean {
  return job?.status === 'done' || job?.status === 'failed';
}

/** How often a running job is asked about (milliseconds). */
export const JOB_POLL_MS = 1_500;

/** One job, polled until it is done or failed. */
export function useExportJob(id: string | null) {
  return useQuery({
    queryKey: exportKeys.job(id ?? ''),
    queryFn: ({ signal }) => getExportJob(id as string, signal),
    enabled: id !== null,
    refetchInterval: (query) => (isJobFinished(query.state.data) ? false : JOB_POLL_MS),
  });
}

/** The user's own export jobs (newest first), polled while any is still running. */
export function useMyExportJobs() {
  return useQuery({
    queryKey: exportKeys.jobs(),
    queryFn: ({ signal }) => listMyExportJobs(signal),
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => !isJobFinished(job)) ? JOB_POLL_MS : false,
  });
}

/** Hands a downloaded file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
