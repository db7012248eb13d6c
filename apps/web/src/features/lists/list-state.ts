import type { z } from 'zod';

/**
 * A list page's state lives in the query string (`?q=kozlov&type=media&sort=name&order=desc&page=2`)
 * so that a URL is shareable, the Back button works and a reload keeps the place. These functions
 * are pure: parse the URL into typed state (anything invalid falls back to the default) and write
 * a change back, leaving defaults out so URLs stay short.
 */

export type SortOrder = 'asc' | 'desc';

/** Filters are query-string values checked by a zod schema (a shared enum, usually). */
export type FilterSchemas = Record<string, z.ZodType<string>>;

export interface ListConfig<S extends string = string, F extends FilterSchemas = FilterSchemas> {
  /** The sort keys the list endpoint accepts. */
  sortable: readonly S[];
  defaultSort: S;
  defaultOrder?: SortOrder;
  pageSizes?: readonly number[];
  defaultPageSize?: number;
  filters?: F;
}

export type FilterValues<F extends FilterSchemas> = { [K in keyof F]?: z.output<F[K]> };

export interface ListState<S extends string = string, F extends FilterSchemas = FilterSchemas> {
  q: string;
  sort: S;
  order: SortOrder;
  page: number;
  pageSize: number;
  filters: FilterValues<F>;
}

export const DEFAULT_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** The API refuses longer `q` values (ListTextQuerySchema). */
const MAX_Q = 200;

/** Declares a list's configuration with its literal types kept (define it once, at module level). */
export function defineList<S extends string, F extends FilterSchemas = Record<never, never>>(
  config: ListConfig<S, F>,
): ListConfig<S, F> {
  return config;
}

function pageSizesOf(config: ListConfig<string, FilterSchemas>): readonly number[] {
  return config.pageSizes ?? DEFAULT_PAGE_SIZES;
}

function defaultPageSizeOf(config: ListConfig<string, FilterSchemas>): number {
  return config.defaultPageSize ?? DEFAULT_PAGE_SIZE;
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

export function parseListState<S extends string, F extends FilterSchemas>(
  params: URLSearchParams,
  config: ListConfig<S, F>,
): ListState<S, F> {
  const sortParam = params.get('sort');
  const sort = config.sortable.find((s) => s === sortParam) ?? config.defaultSort;
  const orderParam = params.get('order');
  const order: SortOrder =
    orderParam === 'asc' || orderParam === 'desc' ? orderParam : (config.defaultOrder ?? 'asc');
  const sizeParam = positiveInt(params.get('pageSize'));
  const pageSize =
    sizeParam !== null && pageSizesOf(config).includes(sizeParam) ? sizeParam : defaultPageSizeOf(config);
  const filters: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(config.filters ?? {})) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) filters[name] = parsed.data;
  }
  return {
    q: (params.get('q') ?? '').slice(0, MAX_Q),
    sort,
    order,
    page: positiveInt(params.get('page')) ?? 1,
    pageSize,
    filters: filters as FilterValues<F>,
  };
}

/** A change to the state; `filters` entries set to undefined (or '') are removed. */
export type ListStatePatch<S extends string, F extends FilterSchemas> = Partial<
  Omit<ListState<S, F>, 'filters'>
> & { filters?: Partial<Record<keyof F, string | undefined>> };

/**
 * Applies a change to the query string, keeping parameters the list does not own. Anything that
 * changes which rows match (search, filter, sort, page size) goes back to page 1.
 */
export function writeListState<S extends string, F extends FilterSchemas>(
  current: URLSearchParams,
  patch: ListStatePatch<S, F>,
  config: ListConfig<S, F>,
): URLSearchParams {
  const params = new URLSearchParams(current);
  const set = (name: string, value: string | undefined, omitWhen?: string) => {
    if (value === undefined || value === '' || value === omitWhen) params.delete(name);
    else params.set(name, value);
  };
  const resetsPage =
    patch.q !== undefined ||
    patch.filters !== undefined ||
    patch.sort !== undefined ||
    patch.order !== undefined ||
    patch.pageSize !== undefined;
  if (patch.q !== undefined) set('q', patch.q.trim().slice(0, MAX_Q));
  if (patch.sort !== undefined) set('sort', patch.sort, config.defaultSort);
  if (patch.order !== undefined) set('order', patch.order, config.defaultOrder ?? 'asc');
  if (patch.pageSize !== undefined)
    set('pageSize', String(patch.pageSize), String(defaultPageSizeOf(config)));
  for (const [name, value] of Object.entries(patch.filters ?? {})) {
    if (config.filters && name in config.filters) set(name, value as string | undefined);
  }
  if (patch.page !== undefined) set('page', String(patch.page), '1');
  else if (resetsPage) params.delete('page');
  return params;
}

/**
 * The filters patch that puts exactly `values` in force (a saved search re-run): every filter of the
 * list not in `values` is cleared, and names the list does not have are left out.
 */
export function replaceFilters<F extends FilterSchemas>(
  config: ListConfig<string, F>,
  values: Record<string, string | undefined>,
): Partial<Record<keyof F, string | undefined>> {
  return Object.fromEntries(
    Object.keys(config.filters ?? {}).map((name) => [name, values[name] || undefined]),
  ) as Partial<Record<keyof F, string | undefined>>;
}

/** Removes every parameter the list owns (search, filters, sort, paging). */
export function clearListState(
  current: URLSearchParams,
  config: ListConfig<string, FilterSchemas>,
): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const name of ['q', 'sort', 'order', 'page', 'pageSize', ...Object.keys(config.filters ?? {})]) {
    params.delete(name);
  }
  return params;
}

/** The state as list-endpoint query parameters (`q` left out when empty). */
export function toApiQuery<S extends string, F extends FilterSchemas>(state: ListState<S, F>) {
  return {
    ...(state.q ? { q: state.q } : {}),
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: state.pageSize,
    ...state.filters,
  };
}

/** Whether the user narrowed the list (so an empty result says "no match", not "nothing yet"). */
export function isFiltered(state: ListState<string, FilterSchemas>): boolean {
  return state.q !== '' || Object.values(state.filters).some((v) => v !== undefined);
}
