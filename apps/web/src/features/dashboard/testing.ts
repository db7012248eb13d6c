import type { CaseUpdate, Deadline, Statistics } from '@habeas/shared';

/** Test fixtures (tests only): statistics, deadlines and case updates as the API returns them. */

export const CASE = {
  id: '5b0e7c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d',
  title: 'Zhanaozen riot case',
  caseNumber: '1-12/2012',
};
export const PERSON = { id: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', displayName: 'Владимир Козлов' };

export function statistics(overrides: Partial<Statistics> = {}): Statistics {
  return {
    generatedAt: '2026-11-20T10:00:00.000Z',
    asOf: '2026-11-20',
    from: '2025-12',
    to: '2026-11',
    persons: 40,
    byStatus: [
      { key: 'released', label: 'Released', count: 21 },
      { key: 'imprisoned', label: 'Imprisoned', count: 12 },
      { key: 'pretrial_detention', label: 'Pretrial detention', count: 7 },
    ],
    byRegion: [{ key: 'Mangystau', label: 'Mangystau', count: 30 }],
    byProvision: [],
    byCategory: [{ key: 'mass_riots', label: 'Mass riots', count: 18 }],
    sentenceBands: [{ key: '5to10', label: '5 to 10 years', count: 4 }],
    monthly: [
      { month: '2026-10', arrests: 2, releases: 1, inDetention: 18 },
      { month: '2026-11', arrests: 3, releases: 2, inDetention: 19 },
    ],
    arrestsWithYearOnly: 0,
    releasesWithYearOnly: 0,
    ...overrides,
  };
}

export function deadline(overrides: Partial<Deadline>): Deadline {
  return {
    kind: 'appeal_deadline',
    id: '1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a',
    date: '2026-11-25',
    scheduledAt: null,
    daysLeft: 5,
    overdue: false,
    label: 'Appeal deadline (cassation)',
    case: CASE,
    persons: [PERSON],
    appeal: { level: 'cassation', status: 'planned', body: 'Supreme Court' },
    hearing: null,
    ...overrides,
  };
}

export function caseUpdate(): CaseUpdate {
  return {
    id: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
    version: 1,
    confidentiality: 'internal',
    createdAt: '2026-11-19T08:00:00.000Z',
    updatedAt: '2026-11-19T08:00:00.000Z',
    deletedAt: null,
    person: PERSON,
    case: CASE,
    factOn: { value: '2011-12-01', precision: 'month' },
    kind: 'arrest',
    title: 'Detained after the strike',
    body: 'Detained in Aktau after the oil workers’ strike.',
    author: { id: 'a7f3c9e2-4b1d-4e8a-9c2f-1d3e5b7a9c0e', name: 'Aigerim Nurlanovna' },
    sources: [],
  } as CaseUpdate;
}

/** recharts warns that a chart has no size in jsdom (no layout): keep test output readable. */
export function quietCharts(): void {
  let spy: jest.SpyInstance | undefined;
  beforeEach(() => {
    const warn = console.warn.bind(console);
    spy = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('of chart should be greater than 0')) return;
      warn(...args);
    });
  });
  afterEach(() => spy?.mockRestore());
}
