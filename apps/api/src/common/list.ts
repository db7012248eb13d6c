import type { PageQuery } from '@habeas/shared';

/** skip/take for Prisma from the shared page query. */
export function pageArgs(query: PageQuery): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

export function pageResult<T>(items: T[], total: number, query: PageQuery) {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
