import type { EventDetail, EventSummary } from '@habeas/shared';
import { CASE_ID, EVENT_ID, KOZLOV_ID } from '../cases/testing';

/** Test fixtures (tests only): the Zhanaozen shooting as the API returns it. */

export { EVENT_ID };
export const SOURCE_ID = 'd0e1f2a3-b4c5-4d6e-8f7a-9b0c1d2e3f4a';
export const ORG_ID = 'e1f2a3b4-c5d6-4e7f-9a8b-0c1d2e3f4a5b';

const META = {
  confidentiality: 'internal' as const,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-11-20T14:30:00.000Z',
  deletedAt: null,
};

export function eventSummary(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    ...META,
    id: EVENT_ID,
    version: 2,
    title: 'Police fire on protesters in Zhanaozen',
    kind: 'clash',
    description: 'Police opened fire on striking oil workers and residents on the central square.',
    startedOn: { value: '2011-12-16', precision: 'day' },
    endedOn: { value: '2011-12-17', precision: 'day' },
    country: 'KZ',
    region: 'Mangystau',
    place: 'Zhanaozen, central square',
    names: [
      {
        id: 'f2a3b4c5-d6e7-4f8a-8b9c-1d2e3f4a5b6c',
        value: 'Расстрел в Жанаозене',
        script: 'cyrl',
        kind: 'alias',
        language: 'ru',
        isPrimary: false,
      },
      {
        id: 'a3b4c5d6-e7f8-4a9b-9c0d-2e3f4a5b6c7d',
        value: 'Janaozen events',
        script: 'lat',
        kind: 'transliteration',
        language: null,
        isPrimary: false,
      },
    ],
    ...overrides,
  };
}

export function eventDetail(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    ...eventSummary(),
    casualties: [
      {
        ...META,
        id: 'b4c5d6e7-f8a9-4b0c-8d1e-3f4a5b6c7d8e',
        version: 1,
        eventId: EVENT_ID,
        kind: 'killed',
        count: 16,
        qualifier: 'at_least',
        source: {
          id: SOURCE_ID,
          kind: 'official_statement',
          title: 'Prosecutor General: 16 dead',
          citation: null,
          url: 'https://example.org/statement',
          publishedOn: { value: '2011-12-18', precision: 'day' },
          author: 'Prosecutor General of Kazakhstan',
          reliability: 'C',
          credibility: '3',
          grade: 'C3',
          identityConfidentiality: 'public',
          confidentiality: 'public',
        },
        reportedOn: { value: '2011-12-18', precision: 'day' },
        notes: null,
      },
      {
        ...META,
        id: 'c5d6e7f8-a9b0-4c1d-9e2f-4a5b6c7d8e9f',
        version: 1,
        eventId: EVENT_ID,
        kind: 'killed',
        count: 70,
        qualifier: 'approximately',
        source: {
          id: 'd6e7f8a9-b0c1-4d2e-8f3a-5b6c7d8e9f0a',
          kind: 'interview',
          title: 'Anonymous witnesses, residents of house No. 33',
          citation: null,
          url: null,
          publishedOn: null,
          // author absent: the identity is withheld from this reader
          reliability: 'B',
          credibility: '2',
          grade: 'B2',
          identityConfidentiality: 'restricted',
          confidentiality: 'internal',
        },
        reportedOn: { value: '2011-12-01', precision: 'month' },
        notes: null,
      },
    ],
    persons: [
      {
        id: 'e7f8a9b0-c1d2-4e3f-9a4b-6c7d8e9f0a1b',
        eventId: EVENT_ID,
        person: { id: KOZLOV_ID, displayName: 'Vladimir Kozlov' },
        role: 'participant',
        notes: null,
        confidentiality: 'internal',
        version: 1,
      },
    ],
    organisations: [
      {
        id: 'f8a9b0c1-d2e3-4f4a-8b5c-7d8e9f0a1b2c',
        eventId: EVENT_ID,
        organisation: { id: ORG_ID, name: 'Ozenmunaigas', type: 'company' },
        role: 'participant',
        notes: null,
      },
    ],
    cases: [
      { id: CASE_ID, title: 'Kozlov, Sapargali and Aminov', caseNumber: 'DEMO-2012-001', stage: 'appeal' },
    ],
    ...overrides,
  };
}
