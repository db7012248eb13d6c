import type {
  Appeal,
  CaseDetail,
  CaseParticipant,
  CaseRole,
  Charge,
  Hearing,
  LegalCase,
  Page,
  Sentence,
} from '@habeas/shared';

/** Test fixtures (tests only): the Zhanaozen "incitement" case as the API returns it. */

export const CASE_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const KOZLOV_ID = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
export const SAPARGALI_ID = '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b';
export const LAWYER_ID = '4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b8c';
export const JUDGE_ID = '5a6b7c8d-9e0f-4a1b-8c3d-4e5f6a7b8c9d';
export const COURT_ID = '6b7c8d9e-0f1a-4b2c-9d4e-5f6a7b8c9d0e';
export const PROVISION_ID = '7c8d9e0f-1a2b-4c3d-8e5f-6a7b8c9d0e1f';
export const SENTENCE_ID = '8d9e0f1a-2b3c-4d4e-9f6a-7b8c9d0e1f2a';
export const APPEAL_ID = '9e0f1a2b-3c4d-4e5f-8a7b-8c9d0e1f2a3b';
export const HEARING_ID = '0f1a2b3c-4d5e-4f6a-9b8c-9d0e1f2a3b4c';
export const EVENT_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const CHARGE_ID = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

const META = {
  confidentiality: 'internal' as const,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-11-20T14:30:00.000Z',
  deletedAt: null,
};

const kozlov = { id: KOZLOV_ID, displayName: 'Vladimir Kozlov' };
const sapargali = { id: SAPARGALI_ID, displayName: 'Serik Sapargali' };

function participant(
  id: string,
  role: CaseRole,
  person: { id: string; displayName: string },
): CaseParticipant {
  return {
    id,
    caseId: CASE_ID,
    version: 1,
    role,
    notes: null,
    confidentiality: 'internal',
    person,
    createdAt: META.createdAt,
  };
}

export function charge(overrides: Partial<Charge> = {}): Charge {
  return {
    ...META,
    id: CHARGE_ID,
    version: 2,
    caseId: CASE_ID,
    person: kozlov,
    provision: {
      id: PROVISION_ID,
      code: 'Criminal Code of the Republic of Kazakhstan (1997)',
      article: '164',
      part: '3',
      category: 'incitement',
      titleEn: 'Inciting social, national, clan, racial or religious hatred',
      titleRu: 'Возбуждение социальной, национальной, родовой, расовой или религиозной вражды',
      titleKk: null,
      label: 'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
    },
    filedOn: { value: '2012-01-01', precision: 'month' },
    status: 'convicted',
    reclassifiedToId: null,
    notes: null,
    ...overrides,
  };
}

export function hearing(overrides: Partial<Hearing> = {}): Hearing {
  return {
    ...META,
    id: HEARING_ID,
    version: 1,
    caseId: CASE_ID,
    court: { id: COURT_ID, name: 'Aktau City Court' },
    judge: null,
    judgeName: 'Ye. Ibrayev',
    kind: 'verdict',
    scheduledAt: null,
    heldOn: { value: '2012-10-08', precision: 'day' },
    isPublic: true,
    observersPresent: true,
    outcome: 'Convicted; 7 years 6 months.',
    ...overrides,
  };
}

export function sentence(overrides: Partial<Sentence> = {}): Sentence {
  return {
    ...META,
    id: SENTENCE_ID,
    version: 1,
    caseId: CASE_ID,
    person: kozlov,
    court: { id: COURT_ID, name: 'Aktau City Court' },
    verdictOn: { value: '2012-10-08', precision: 'day' },
    outcome: 'Convicted on all counts',
    kind: 'imprisonment',
    termYears: 7,
    termMonths: 6,
    termDays: 0,
    fineAmount: null,
    fineCurrency: null,
    regime: 'strict regime',
    startedOn: { value: '2012-01-23', precision: 'day' },
    expectedEndOn: { value: '2019-07-23', precision: 'day' },
    actualReleaseOn: { value: '2016-08-10', precision: 'day' },
    supersedesId: null,
    notes: null,
    ...overrides,
  };
}

export function appeal(overrides: Partial<Appeal> = {}): Appeal {
  return {
    ...META,
    id: APPEAL_ID,
    version: 1,
    caseId: CASE_ID,
    level: 'cassation',
    status: 'planned',
    sentenceId: SENTENCE_ID,
    person: kozlov,
    body: null,
    bodyName: 'Supreme Court of Kazakhstan',
    filedOn: null,
    deadline: '2026-11-25',
    decisionOn: null,
    resultingChange: null,
    notes: null,
    daysUntilDeadline: -3,
    overdue: true,
    ...overrides,
  };
}

export function legalCase(overrides: Partial<LegalCase> = {}): LegalCase {
  return {
    ...META,
    id: CASE_ID,
    version: 4,
    caseNumber: 'DEMO-2012-001',
    title: 'Kozlov, Sapargali and Aminov',
    country: 'KZ',
    region: 'Mangystau',
    court: { id: COURT_ID, name: 'Aktau City Court' },
    stage: 'appeal',
    summary: 'The "incitement" trial after the Zhanaozen events.',
    openedOn: { value: '2012-01-01', precision: 'month' },
    defendants: [kozlov, sapargali],
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...legalCase(),
    canEdit: true,
    canDelete: true,
    participantsByRole: {
      defendant: [
        participant('c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f', 'defendant', kozlov),
        participant('d4e5f6a7-b8c9-4d0e-9f1a-3b4c5d6e7f8a', 'defendant', sapargali),
      ],
      lawyer: [
        participant('e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8a9b', 'lawyer', {
          id: LAWYER_ID,
          displayName: 'Vadim Kuramshin',
        }),
      ],
      judge: [
        participant('f6a7b8c9-d0e1-4f2a-9b3c-5d6e7f8a9b0c', 'judge', {
          id: JUDGE_ID,
          displayName: 'Yerlan Ibrayev',
        }),
      ],
      prosecutor: [],
      witness: [],
      victim: [],
      observer: [],
    },
    assignedStaff: [
      {
        id: 'a7f3c9e2-4b1d-4e8a-9c2f-1d3e5b7a9c0e',
        name: 'Aigerim Nurlanovna',
        role: 'coordinator',
        assignedAt: '2026-10-02T09:00:00.000Z',
      },
    ],
    events: [
      {
        id: 'b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d1e',
        caseId: CASE_ID,
        event: {
          id: EVENT_ID,
          title: 'Police fire on protesters in Zhanaozen',
          startedOn: { value: '2011-12-16', precision: 'day' },
        },
      },
    ],
    chargesByDefendant: [
      { person: kozlov, charges: [charge()] },
      { person: sapargali, charges: [] },
    ],
    hearings: [hearing()],
    nextHearing: null,
    sentences: [sentence()],
    appeals: [appeal()],
    latestUpdates: [],
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length, pageNumber = 1, pageSize = 25): Page<T> {
  return { items, total, page: pageNumber, pageSize };
}
