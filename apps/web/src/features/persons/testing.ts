import type {
  AuditEntry,
  CaseUpdate,
  Page,
  PersonAppeal,
  PersonDetail,
  PersonListItem,
  PersonSentence,
} from '@habeas/shared';

/** Test fixtures (tests only): persons as the API returns them (derived values included). */

export const PERSON_ID = '1833c6a3-b4ae-470f-86b5-a5025762f442';
export const CASE_ID = 'fd79cfbe-45c8-4fcd-9dc3-96b357044c80';
export const SENTENCE_ID = '5510c26c-3d87-4c79-82b3-72c1a40ff612';
export const APPEAL_ID = '969e73d7-9101-4240-8e88-a818c3929438';
export const PERIOD_ID = 'b8fd6d0a-461f-4238-b5ec-a320c65f45e7';
export const PRISON_ID = 'e816c427-d8f9-4667-81b2-0bf13b6b7c92';
export const AUTHOR_ID = 'bc2280cb-19ce-4d0b-9ac6-474ebc5cb26a';
export const SOURCE_ID = '6c00f633-0b11-4d39-a8f2-7f82be411104';
export const PROVISION_ID = 'c1e8b64c-2834-431c-b4d9-32571edf7b5b';
export const UPDATE_ID = 'c6410923-da51-4397-8b5d-124180bbb946';

const META = {
  version: 4,
  confidentiality: 'internal' as const,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-11-20T14:30:00.000Z',
  deletedAt: null,
};

const CASE_REF = { id: CASE_ID, title: 'Kozlov and others', caseNumber: '1-12/2012' };
const PERSON_REF = { id: PERSON_ID, displayName: 'Vladimir Kozlov' };

export function sentence(overrides: Partial<PersonSentence> = {}): PersonSentence {
  return {
    ...META,
    id: SENTENCE_ID,
    caseId: CASE_ID,
    person: PERSON_REF,
    court: null,
    verdictOn: { value: '2012-10-08', precision: 'day' },
    outcome: 'Convicted on all counts',
    kind: 'imprisonment',
    termYears: 7,
    termMonths: 6,
    termDays: 0,
    fineAmount: null,
    fineCurrency: null,
    regime: 'strict',
    startedOn: { value: '2012-01-01', precision: 'day' },
    expectedEndOn: { value: '2019-07-01', precision: 'day' },
    actualReleaseOn: null,
    supersedesId: null,
    notes: null,
    case: CASE_REF,
    superseded: false,
    ...overrides,
  };
}

export function appeal(overrides: Partial<PersonAppeal> = {}): PersonAppeal {
  return {
    ...META,
    id: APPEAL_ID,
    caseId: CASE_ID,
    level: 'cassation',
    status: 'planned',
    sentenceId: SENTENCE_ID,
    person: PERSON_REF,
    body: null,
    bodyName: 'Supreme Court of Kazakhstan',
    filedOn: null,
    deadline: '2026-12-14',
    decisionOn: null,
    resultingChange: null,
    notes: null,
    daysUntilDeadline: 12,
    overdue: false,
    case: CASE_REF,
    ...overrides,
  };
}

export function personDetail(overrides: Partial<PersonDetail> = {}): PersonDetail {
  return {
    ...META,
    id: PERSON_ID,
    displayName: 'Vladimir Kozlov',
    photoAttachmentId: null,
    canEdit: true,
    canDelete: true,
    names: [
      {
        id: '1299cbe1-552a-4199-bfd8-9784e9601fdc',
        value: 'Владимир Козлов',
        script: 'cyrl',
        kind: 'legal',
        language: 'ru',
        isPrimary: true,
      },
      {
        id: '4fb5b5b5-46b6-40f8-9cf5-b78f68ba09d5',
        value: 'Vladimir Kozlov',
        script: 'lat',
        kind: 'transliteration',
        language: null,
        isPrimary: false,
      },
      {
        id: '61f59418-c220-434f-bb92-2336fa875847',
        value: 'Владимир Қозлов',
        script: 'kk',
        kind: 'legal',
        language: 'kk',
        isPrimary: false,
      },
    ],
    gender: 'male',
    birthDate: { value: '1960-01-01', precision: 'year' },
    nationality: 'KZ',
    ethnicity: null,
    occupation: 'Opposition politician',
    residenceRegion: 'Almaty',
    notes: 'Leader of the Alga! party.',
    statusOverride: null,
    statusOverrideOn: null,
    status: 'imprisoned',
    statusBasis: {
      source: 'sentence',
      recordId: SENTENCE_ID,
      kind: 'imprisonment',
      since: { value: '2012-01-01', precision: 'day' },
      until: { value: '2019-07-01', precision: 'day' },
      presumed: true,
    },
    statusAsOf: '2026-12-02',
    affiliations: [],
    detentionPeriods: [
      {
        ...META,
        id: PERIOD_ID,
        personId: PERSON_ID,
        facility: { id: PRISON_ID, name: 'Petropavlovsk colony', type: 'prison' },
        case: CASE_REF,
        kind: 'prison_colony',
        startedOn: { value: '2012-12-01', precision: 'month' },
        endedOn: null,
        conditions: 'Solitary cell',
        illTreatmentAlleged: true,
      },
    ],
    cases: [
      {
        participantId: '0c7bb453-32d1-45be-a978-ae6401212dfc',
        case: { ...CASE_REF, stage: 'cassation' },
        role: 'defendant',
        confidentiality: 'internal',
      },
    ],
    events: [],
    charges: [
      {
        ...META,
        id: '6dd10a90-ee63-4043-8040-9077a9f065d4',
        caseId: CASE_ID,
        person: PERSON_REF,
        provision: {
          id: PROVISION_ID,
          code: 'Criminal Code of the Republic of Kazakhstan (1997)',
          article: '164',
          part: '3',
          category: 'incitement',
          titleEn: 'Incitement of social discord',
          titleRu: 'Возбуждение социальной розни',
          titleKk: null,
          label: 'Criminal Code of the Republic of Kazakhstan (1997), art. 164 part 3',
        },
        filedOn: { value: '2012-01-01', precision: 'month' },
        status: 'convicted',
        reclassifiedToId: null,
        notes: null,
        case: CASE_REF,
      },
    ],
    sentences: [sentence()],
    appeals: [
      appeal(),
      appeal({
        id: 'cacb135c-709e-4425-90e3-ff46d149b4fa',
        level: 'un_wgad',
        bodyName: null,
        deadline: '2026-11-29',
        daysUntilDeadline: -3,
        overdue: true,
      }),
    ],
    latestUpdates: [],
    ...overrides,
  };
}

export function personListItem(overrides: Partial<PersonListItem> = {}): PersonListItem {
  const p = personDetail();
  return {
    ...META,
    id: p.id,
    displayName: p.displayName,
    names: p.names,
    gender: p.gender,
    birthDate: p.birthDate,
    nationality: p.nationality,
    occupation: p.occupation,
    residenceRegion: p.residenceRegion,
    status: 'imprisoned',
    firstDetainedOn: { value: '2012-01-01', precision: 'month' },
    sentence: {
      kind: 'imprisonment',
      term: { years: 7, months: 6, days: 0 },
      verdictOn: { value: '2012-10-08', precision: 'day' },
      releaseOn: { value: '2019-07-28', precision: 'day' },
      released: false,
    },
    ...overrides,
  };
}

export function caseUpdate(overrides: Partial<CaseUpdate> = {}): CaseUpdate {
  return {
    ...META,
    version: 1,
    id: UPDATE_ID,
    person: PERSON_REF,
    case: CASE_REF,
    factOn: { value: '2012-01-23', precision: 'day' },
    kind: 'arrest',
    title: 'Detained in Almaty',
    body: 'Detained at home by the National Security Committee.',
    author: { id: AUTHOR_ID, name: 'Aigerim Nurlanovna' },
    sources: [
      {
        id: SOURCE_ID,
        kind: 'media_article',
        title: 'Radio Azattyq report',
        citation: null,
        url: 'https://rus.azattyq.org/a/24460000.html',
        publishedOn: { value: '2012-01-24', precision: 'day' },
        author: null,
        reliability: 'B',
        credibility: '2',
        grade: 'B2',
        identityConfidentiality: 'internal',
        confidentiality: 'public',
        locator: null,
      },
    ],
    ...overrides,
  };
}

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: '1042',
    occurredAt: '2026-11-20T14:30:00.000Z',
    action: 'update',
    entityType: 'Person',
    entityId: PERSON_ID,
    actorId: AUTHOR_ID,
    actorEmail: 'aigerim@example.org',
    changedFields: ['occupation', 'notes'],
    details: null,
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length, pageNumber = 1, pageSize = 25): Page<T> {
  return { items, total, page: pageNumber, pageSize };
}
