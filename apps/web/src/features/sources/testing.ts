import type { Source } from '@habeas/shared';

/** Test fixtures (tests only): sources as the API returns them. */

export const WITNESS_ID = 'a2b3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6d';
export const ARTICLE_ID = 'b3c4d5e6-f7a8-4b9c-8d0e-2f3a4b5c6d7e';

export function source(overrides: Partial<Source> = {}): Source {
  return {
    id: ARTICLE_ID,
    version: 1,
    confidentiality: 'public',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    deletedAt: null,
    kind: 'media_article',
    title: 'RFE/RL report on the Zhanaozen events one year on',
    citation: 'Radio Azattyq, 16 December 2012',
    url: 'https://example.org/rferl',
    publisher: null,
    publishedOn: { value: '2012-12-16', precision: 'day' },
    author: 'Ivan Ivanov',
    reliability: 'B',
    credibility: '2',
    grade: 'B2',
    language: 'ru',
    identityConfidentiality: 'public',
    notes: null,
    ...overrides,
  };
}

/** An anonymous witness as a researcher sees it: `author` and `contact` are absent. */
export function anonymousWitness(): Source {
  const { author: _author, ...rest } = source({
    id: WITNESS_ID,
    kind: 'interview',
    title: 'Anonymous witnesses, residents of house No. 33',
    citation: null,
    url: null,
    publishedOn: null,
    reliability: 'C',
    credibility: null,
    grade: 'C',
    identityConfidentiality: 'restricted',
    confidentiality: 'internal',
    language: 'kk',
  });
  return rest;
}
