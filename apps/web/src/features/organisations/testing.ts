import type { Organisation, Page } from '@habeas/shared';

/** Test fixtures (tests only): organisations as the API returns them. */

export const ORG_ID = '3f1c2b7a-9d4e-4c6b-8a2f-5e7d9c1b3a40';
export const PARENT_ID = '8b2e4d6f-1a3c-4e5b-9d7f-2c4e6a8b0d12';

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: ORG_ID,
    version: 3,
    confidentiality: 'internal',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-20T14:30:00.000Z',
    deletedAt: null,
    name: 'Zhanaozen City Court',
    type: 'court',
    country: 'KZ',
    region: 'Mangystau',
    notes: 'Heard the 2012 riot cases.',
    parent: null,
    names: [
      {
        id: 'c0a8e1f2-3b4d-4e6f-8a9b-0c1d2e3f4a5b',
        value: 'Жанаозенский городской суд',
        script: 'cyrl',
        kind: 'legal',
        language: null,
        isPrimary: false,
      },
    ],
    ...overrides,
  };
}

export function page(
  items: Organisation[],
  total = items.length,
  pageNumber = 1,
  pageSize = 25,
): Page<Organisation> {
  return { items, total, page: pageNumber, pageSize };
}
