/**
 * The demo case file: the Zhanaozen events of 2011 and the trials that followed, as reported in
 * December 2012 (RFE/RL, Human Rights Watch, Solicitors International). Plain typed data, no
 * database code: `load-demo-data.ts` turns it into rows. Records point at each other by `key`
 * (a string local to this file), never by database id.
 *
 * Honesty rules for this file:
 * - Real people appear only with facts from the report (/work/shared/data/zhanaozen-facts.md) or
 *   widely reported ones, and notes say what is uncertain.
 * - The protesters and police officers are ILLUSTRATIVE placeholders ("Demo Protester A"), not real
 *   people: imprecise dates, health notes and ill-treatment allegations are only ever put on them.
 * - The anonymous witnesses are a restricted source with no author and no contact, never a person.
 * - Article numbers of the 1997 Criminal Code are for demo purposes (the schema has no notes
 *   column on legal provisions, so the caveat is repeated in the charges' notes).
 * - Case numbers are obvious placeholders (DEMO-...).
 */

import type { Prisma } from '@habeas/db';
import { type ImpreciseDate, toImpreciseDate } from '@habeas/shared';

// ---------------------------------------------------------------------------------------------
// Types (enum unions come from the generated Prisma client, so a typo fails the type check)
// ---------------------------------------------------------------------------------------------

type Enum<T> = Exclude<T, undefined | null | { set?: unknown }>;

export type Confidentiality = Enum<Prisma.PersonCreateManyInput['confidentiality']>;
export type Gender = Enum<Prisma.PersonCreateManyInput['gender']>;
export type PersonStatus = Enum<Prisma.PersonCreateManyInput['statusOverride']>;
export type NameScript = Enum<Prisma.PersonNameCreateManyInput['script']>;
export type NameKind = Enum<Prisma.PersonNameCreateManyInput['kind']>;
export type OrganisationType = Enum<Prisma.OrganisationCreateManyInput['type']>;
export type EventKind = Enum<Prisma.EventCreateManyInput['kind']>;
export type EventParticipantRole = Enum<Prisma.EventPersonCreateManyInput['role']>;
export type CasualtyKind = Enum<Prisma.EventCasualtyCreateManyInput['kind']>;
export type CountQualifier = Enum<Prisma.EventCasualtyCreateManyInput['qualifier']>;
export type CaseStage = Enum<Prisma.LegalCaseCreateManyInput['stage']>;
export type CaseRole = Enum<Prisma.CaseParticipantCreateManyInput['role']>;
export type ProvisionCategory = Enum<Prisma.LegalProvisionCreateManyInput['category']>;
export type ChargeStatus = Enum<Prisma.ChargeCreateManyInput['status']>;
export type DetentionKind = Enum<Prisma.DetentionPeriodCreateManyInput['kind']>;
export type HearingKind = Enum<Prisma.HearingCreateManyInput['kind']>;
export type SentenceKind = Enum<Prisma.SentenceCreateManyInput['kind']>;
export type AppealLevel = Enum<Prisma.AppealCreateManyInput['level']>;
export type AppealStatus = Enum<Prisma.AppealCreateManyInput['status']>;
export type CaseUpdateKind = Enum<Prisma.CaseUpdateCreateManyInput['kind']>;
export type SourceKind = Enum<Prisma.SourceCreateManyInput['kind']>;
export type SourceReliability = Enum<Prisma.SourceCreateManyInput['reliability']>;
/** Admiralty information credibility: the Prisma enum names c1..c6 (stored '1'..'6'). */
export type InformationCredibility = Enum<Prisma.SourceCreateManyInput['credibility']>;

export interface DemoName {
  value: string;
  script: NameScript;
  kind?: NameKind;
  language?: string;
  isPrimary?: boolean;
}

export interface DemoOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
  country?: string;
  region?: string;
  notes?: string;
  parentKey?: string;
  confidentiality: Confidentiality;
  names: DemoName[];
}

export interface DemoPerson {
  key: string;
  displayName: string;
  gender: Gender;
  birth?: ImpreciseDate;
  nationality?: string;
  ethnicity?: string;
  occupation?: string;
  residenceRegion?: string;
  notes?: string;
  /** SENSITIVE (always restricted by the policy). Only ever on placeholder records here. */
  healthNotes?: string;
  statusOverride?: PersonStatus;
  statusOverrideOn?: ImpreciseDate;
  confidentiality: Confidentiality;
  names: DemoName[];
}

export interface DemoAffiliation {
  personKey: string;
  organisationKey: string;
  role: string;
  started?: ImpreciseDate;
  ended?: ImpreciseDate;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoSource {
  key: string;
  kind: SourceKind;
  title: string;
  citation?: string;
  url?: string;
  publisherKey?: string;
  published?: ImpreciseDate;
  /** IDENTITY field. Never set for an anonymous witness. */
  author?: string;
  reliability?: SourceReliability;
  credibility?: InformationCredibility;
  language?: string;
  identityConfidentiality: Confidentiality;
  /** SENSITIVE IDENTITY field. Never set for an anonymous witness. */
  contact?: string;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoCasualty {
  kind: CasualtyKind;
  count: number;
  qualifier: CountQualifier;
  sourceKey?: string;
  reported?: ImpreciseDate;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoEventPerson {
  personKey: string;
  role: EventParticipantRole;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoEventOrganisation {
  organisationKey: string;
  role: EventParticipantRole;
  notes?: string;
}

export interface DemoEvent {
  key: string;
  title: string;
  kind: EventKind;
  description: string;
  started?: ImpreciseDate;
  ended?: ImpreciseDate;
  country?: string;
  region?: string;
  place?: string;
  confidentiality: Confidentiality;
  names: DemoName[];
  casualties: DemoCasualty[];
  persons: DemoEventPerson[];
  organisations: DemoEventOrganisation[];
}

export interface DemoProvision {
  key: string;
  article: string;
  /** '' when the article is used without a part. */
  part: string;
  titleEn: string;
  titleRu: string;
  titleKk: string;
  category: ProvisionCategory;
}

export interface DemoParticipant {
  personKey: string;
  role: CaseRole;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoCharge {
  personKey: string;
  provisionKey: string;
  filed?: ImpreciseDate;
  status: ChargeStatus;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoDetentionPeriod {
  personKey: string;
  facilityKey?: string;
  kind: DetentionKind;
  started?: ImpreciseDate;
  /** Absent = still going on (or end unknown). */
  ended?: ImpreciseDate;
  conditions?: string;
  illTreatmentAlleged?: boolean;
  /** SENSITIVE. Only ever on placeholder records here. */
  illTreatmentNotes?: string;
  confidentiality: Confidentiality;
}

export interface DemoHearing {
  courtKey?: string;
  judgeName?: string;
  kind: HearingKind;
  held?: ImpreciseDate;
  isPublic?: boolean;
  observersPresent?: boolean;
  outcome?: string;
  confidentiality: Confidentiality;
}

export interface DemoSentence {
  key: string;
  personKey: string;
  courtKey?: string;
  verdict?: ImpreciseDate;
  outcome?: string;
  kind: SentenceKind;
  termYears?: number;
  termMonths?: number;
  termDays?: number;
  regime?: string;
  started?: ImpreciseDate;
  actualRelease?: ImpreciseDate;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoAppeal {
  personKey?: string;
  sentenceKey?: string;
  level: AppealLevel;
  bodyKey?: string;
  bodyName?: string;
  filed?: ImpreciseDate;
  /**
   * The deadline as a number of days after the day the demo data is loaded, so the deadlines page
   * always has something upcoming whenever the demo is loaded (an exact date in the database).
   */
  deadlineDaysAfterLoad?: number;
  status: AppealStatus;
  decision?: ImpreciseDate;
  resultingChange?: string;
  notes?: string;
  confidentiality: Confidentiality;
}

export interface DemoCase {
  key: string;
  caseNumber?: string;
  title: string;
  country?: string;
  region?: string;
  courtKey?: string;
  stage: CaseStage;
  summary: string;
  opened?: ImpreciseDate;
  confidentiality: Confidentiality;
  eventKeys: string[];
  participants: DemoParticipant[];
  charges: DemoCharge[];
  detentionPeriods: DemoDetentionPeriod[];
  hearings: DemoHearing[];
  sentences: DemoSentence[];
  appeals: DemoAppeal[];
}

export interface DemoCaseUpdate {
  /** At least one of personKey / caseKey (CHECK case_updates_subject_ck). */
  personKey?: string;
  caseKey?: string;
  fact: ImpreciseDate;
  kind: CaseUpdateKind;
  title: string;
  body: string;
  confidentiality: Confidentiality;
  sources: { sourceKey: string; locator?: string }[];
}

export interface DemoDataSet {
  organisations: DemoOrganisation[];
  persons: DemoPerson[];
  affiliations: DemoAffiliation[];
  sources: DemoSource[];
  events: DemoEvent[];
  /** All provisions share this code. */
  provisionCode: string;
  provisions: DemoProvision[];
  cases: DemoCase[];
  caseUpdates: DemoCaseUpdate[];
}

// ---------------------------------------------------------------------------------------------
// Date helpers (first day of the period, as stored)
// ---------------------------------------------------------------------------------------------

const day = (value: string): ImpreciseDate => toImpreciseDate(value, 'day');
/** month('2011-12') => 2011-12-01 (month) */
const month = (value: string): ImpreciseDate => toImpreciseDate(`${value}-01`, 'month');
/** year('2012') => 2012-01-01 (year) */
const year = (value: string): ImpreciseDate => toImpreciseDate(`${value}-01-01`, 'year');

const ILLUSTRATIVE =
  'ILLUSTRATIVE DEMO RECORD, NOT A REAL PERSON: a generic placeholder standing for the people ' +
  'convicted after the Zhanaozen events; dates and details are invented for the demo.';
const ILLUSTRATIVE_OFFICER =
  'ILLUSTRATIVE DEMO RECORD, NOT A REAL PERSON: a generic placeholder for the police officers ' +
  'charged with looting and opening fire on 16 December 2011; details are invented for the demo.';
const DEMO_ARTICLE =
  'Demo data: article numbers of the 1997 Criminal Code are given for demonstration; verify against the indictment.';

const ZHANAOZEN_NAMES: DemoName[] = [
  { value: 'Zhanaozen', script: 'lat', kind: 'transliteration', language: 'en', isPrimary: true },
  { value: 'Janaozen', script: 'lat', kind: 'transliteration', language: 'en' },
  { value: 'Жанаозен', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
  { value: 'Жаңаөзен', script: 'kk', kind: 'legal', language: 'kk', isPrimary: true },
];
const AQTAU_NAMES: DemoName[] = [
  { value: 'Aqtau', script: 'lat', kind: 'transliteration', language: 'kk' },
  { value: 'Aktau', script: 'lat', kind: 'transliteration', language: 'en' },
  { value: 'Актау', script: 'cyrl', kind: 'legal', language: 'ru' },
  { value: 'Ақтау', script: 'kk', kind: 'legal', language: 'kk' },
];
const MANGISTAU_REGION = 'Mangistau oblast';

// ---------------------------------------------------------------------------------------------
// The data set
// ---------------------------------------------------------------------------------------------

export const ZHANAOZEN_DEMO: DemoDataSet = {
  organisations: [
    {
      key: 'algha',
      name: 'Algha!',
      type: 'party',
      country: 'KZ',
      notes: 'Unregistered opposition party ("Forward!") led by Vladimir Kozlov.',
      confidentiality: 'public',
      names: [
        { value: 'Algha!', script: 'lat', kind: 'transliteration', language: 'kk', isPrimary: true },
        { value: 'Алға!', script: 'kk', kind: 'legal', language: 'kk', isPrimary: true },
        { value: 'Алга!', script: 'cyrl', kind: 'transliteration', language: 'ru', isPrimary: true },
        { value: 'Forward!', script: 'lat', kind: 'alias', language: 'en' },
      ],
    },
    {
      key: 'strikers',
      name: 'Striking oil workers of Zhanaozen',
      type: 'other',
      country: 'KZ',
      region: MANGISTAU_REGION,
      notes:
        'Informal grouping of the oil workers on strike from May 2011 (not a registered trade union); ' +
        'used here for the "represented the striking oil workers" affiliations.',
      confidentiality: 'public',
      names: [
        { value: 'Striking oil workers of Zhanaozen', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Бастующие нефтяники Жанаозена', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'golos',
      name: 'Golos respubliki',
      type: 'media',
      country: 'KZ',
      notes: 'Independent newspaper that covered the Zhanaozen events; targeted for closure in late 2012.',
      confidentiality: 'public',
      names: [
        {
          value: 'Golos respubliki',
          script: 'lat',
          kind: 'transliteration',
          language: 'ru',
          isPrimary: true,
        },
        { value: 'Голос республики', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
        { value: 'Voice of the Republic', script: 'lat', kind: 'alias', language: 'en' },
      ],
    },
    {
      key: 'vzglyad',
      name: 'Vzglyad',
      type: 'media',
      country: 'KZ',
      notes: 'Independent newspaper that covered the Zhanaozen events; targeted for closure in late 2012.',
      confidentiality: 'public',
      names: [
        { value: 'Vzglyad', script: 'lat', kind: 'transliteration', language: 'ru', isPrimary: true },
        { value: 'Взгляд', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'kplus',
      name: 'K+',
      type: 'media',
      country: 'KZ',
      notes: 'Independent television network (K-Plus); targeted for closure in late 2012.',
      confidentiality: 'public',
      names: [
        { value: 'K+', script: 'lat', kind: 'legal', isPrimary: true },
        { value: 'K-Plus', script: 'lat', kind: 'alias', language: 'en' },
        { value: 'К+', script: 'cyrl', kind: 'transliteration', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'stantv',
      name: 'Stan.TV',
      type: 'media',
      country: 'KZ',
      notes: 'Independent online television channel; targeted for closure in late 2012.',
      confidentiality: 'public',
      names: [
        { value: 'Stan.TV', script: 'lat', kind: 'legal', isPrimary: true },
        { value: 'Стан ТВ', script: 'cyrl', kind: 'transliteration', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'ozenmunaigas',
      name: 'Ozenmunaigas',
      type: 'company',
      country: 'KZ',
      region: MANGISTAU_REGION,
      notes:
        'Oil production company in Zhanaozen whose workers were on strike in 2011 (identification from ' +
        'general reporting, not from the demo source itself; verify).',
      confidentiality: 'public',
      names: [
        { value: 'Ozenmunaigas', script: 'lat', kind: 'transliteration', isPrimary: true },
        { value: 'Озенмунайгаз', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'police-mangistau',
      name: 'Police department of Mangistau oblast',
      type: 'police',
      country: 'KZ',
      region: MANGISTAU_REGION,
      notes: 'Regional police (Ministry of Internal Affairs). Exact unit names are approximate in the demo.',
      confidentiality: 'public',
      names: [
        { value: 'Police department of Mangistau oblast', script: 'lat', language: 'en', isPrimary: true },
        {
          value: 'Департамент внутренних дел Мангистауской области',
          script: 'cyrl',
          language: 'ru',
          isPrimary: true,
        },
      ],
    },
    {
      key: 'omon',
      name: 'OMON riot police, Mangistau oblast',
      type: 'police',
      country: 'KZ',
      region: MANGISTAU_REGION,
      parentKey: 'police-mangistau',
      notes: 'Riot police (OMON) deployed on 16 December 2011. Unit designation approximate.',
      confidentiality: 'public',
      names: [
        { value: 'OMON', script: 'lat', kind: 'transliteration', isPrimary: true },
        { value: 'ОМОН', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
        { value: 'Riot police', script: 'lat', kind: 'alias', language: 'en' },
      ],
    },
    {
      key: 'prosecutor-mangistau',
      name: "Prosecutor's office of Mangistau oblast",
      type: 'prosecutor',
      country: 'KZ',
      region: MANGISTAU_REGION,
      notes: 'Prosecuting authority for the Zhanaozen cases (name approximate in the demo).',
      confidentiality: 'public',
      names: [
        { value: "Prosecutor's office of Mangistau oblast", script: 'lat', language: 'en', isPrimary: true },
        { value: 'Прокуратура Мангистауской области', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'aktau-court',
      name: 'Aktau city court',
      type: 'court',
      country: 'KZ',
      region: MANGISTAU_REGION,
      notes:
        'Court of first instance for the Zhanaozen trials in the demo. The exact court (city court No. ' +
        '/ specialised court) is not verified: treat the name as approximate.',
      confidentiality: 'public',
      names: [
        { value: 'Aktau city court', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Aqtau city court', script: 'lat', kind: 'transliteration', language: 'en' },
        { value: 'Актауский городской суд', script: 'cyrl', language: 'ru', isPrimary: true },
        { value: 'Ақтау қалалық соты', script: 'kk', language: 'kk', isPrimary: true },
      ],
    },
    {
      key: 'mangistau-court',
      name: 'Mangistau regional court',
      type: 'court',
      country: 'KZ',
      region: MANGISTAU_REGION,
      notes: 'Appeal instance for the demo appeals (name approximate; verify).',
      confidentiality: 'public',
      names: [
        { value: 'Mangistau regional court', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Мангистауский областной суд', script: 'cyrl', language: 'ru', isPrimary: true },
        { value: 'Маңғыстау облыстық соты', script: 'kk', language: 'kk', isPrimary: true },
      ],
    },
    {
      key: 'sizo-aktau',
      name: 'Pretrial detention centre, Aktau',
      type: 'detention_centre',
      country: 'KZ',
      region: MANGISTAU_REGION,
      notes: 'Generic demo facility for the pretrial detention periods (SIZO); not verified.',
      confidentiality: 'internal',
      names: [
        { value: 'Pretrial detention centre, Aktau', script: 'lat', language: 'en', isPrimary: true },
        { value: 'СИЗО г. Актау', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'colony',
      name: 'Penal colony (demo placeholder)',
      type: 'prison',
      country: 'KZ',
      notes:
        'Placeholder facility for the prison-colony periods of the demo; the real places of detention ' +
        'are not recorded in the demo source.',
      confidentiality: 'internal',
      names: [
        { value: 'Penal colony (demo placeholder)', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Исправительная колония (демо)', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'hrw',
      name: 'Human Rights Watch',
      type: 'ngo',
      notes:
        'International human-rights NGO; Hugh Williamson (Europe and Central Asia) commented on the cases.',
      confidentiality: 'public',
      names: [
        { value: 'Human Rights Watch', script: 'lat', kind: 'legal', language: 'en', isPrimary: true },
        { value: 'HRW', script: 'lat', kind: 'alias', language: 'en' },
        {
          value: 'Хьюман Райтс Вотч',
          script: 'cyrl',
          kind: 'transliteration',
          language: 'ru',
          isPrimary: true,
        },
      ],
    },
    {
      key: 'solicitors-international',
      name: 'Solicitors International',
      type: 'ngo',
      country: 'GB',
      notes: "UK lawyers' organisation; analysed the Kozlov trial (lawyer Aleksandra Zernova).",
      confidentiality: 'public',
      names: [
        { value: 'Solicitors International', script: 'lat', kind: 'legal', language: 'en', isPrimary: true },
        {
          value: 'Солиситорс Интернэшнл',
          script: 'cyrl',
          kind: 'transliteration',
          language: 'ru',
          isPrimary: true,
        },
      ],
    },
    {
      key: 'rferl',
      name: 'Radio Free Europe/Radio Liberty',
      type: 'media',
      country: 'CZ',
      notes: 'Broadcaster headquartered in Prague; its Kazakh Service is known as Azattyq.',
      confidentiality: 'public',
      names: [
        {
          value: 'Radio Free Europe/Radio Liberty',
          script: 'lat',
          kind: 'legal',
          language: 'en',
          isPrimary: true,
        },
        { value: 'RFE/RL', script: 'lat', kind: 'alias', language: 'en' },
        { value: 'Радио Свобода', script: 'cyrl', kind: 'alias', language: 'ru', isPrimary: true },
        { value: 'Азаттық', script: 'kk', kind: 'alias', language: 'kk', isPrimary: true },
        { value: 'Azattyq', script: 'lat', kind: 'alias', language: 'kk' },
      ],
    },
    {
      key: 'un-wgad',
      name: 'UN Working Group on Arbitrary Detention',
      type: 'other',
      notes: 'United Nations special procedure receiving individual communications.',
      confidentiality: 'public',
      names: [
        { value: 'UN Working Group on Arbitrary Detention', script: 'lat', language: 'en', isPrimary: true },
        { value: 'WGAD', script: 'lat', kind: 'alias', language: 'en' },
        {
          value: 'Рабочая группа ООН по произвольным задержаниям',
          script: 'cyrl',
          language: 'ru',
          isPrimary: true,
        },
      ],
    },
  ],

  persons: [
    {
      key: 'kozlov',
      displayName: 'Vladimir Kozlov',
      gender: 'male',
      nationality: 'KZ',
      occupation: 'Opposition politician, leader of the Algha! party',
      notes:
        'Arrested in February 2012 for an alleged role in the Zhanaozen events; sentenced in October 2012 ' +
        'to 7 years 6 months. Solicitors International found no evidence that he incited the events.',
      confidentiality: 'public',
      names: [
        { value: 'Vladimir Kozlov', script: 'lat', kind: 'transliteration', language: 'en', isPrimary: true },
        { value: 'Владимир Козлов', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'sapargali',
      displayName: 'Serik Sapargali',
      gender: 'male',
      nationality: 'KZ',
      occupation: 'Civil-rights activist',
      residenceRegion: MANGISTAU_REGION,
      notes: 'Represented the striking oil workers; tried alongside Kozlov; probation, released.',
      confidentiality: 'public',
      names: [
        { value: 'Serik Sapargali', script: 'lat', kind: 'transliteration', language: 'en', isPrimary: true },
        { value: 'Серик Сапаргали', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
        { value: 'Серік Сапарғали', script: 'kk', kind: 'legal', language: 'kk', isPrimary: true },
      ],
    },
    {
      key: 'aminov',
      displayName: 'Akzhanat Aminov',
      gender: 'male',
      nationality: 'KZ',
      occupation: 'Civil-rights activist',
      residenceRegion: MANGISTAU_REGION,
      notes: 'Represented the striking oil workers; tried alongside Kozlov; probation, released.',
      confidentiality: 'public',
      names: [
        { value: 'Akzhanat Aminov', script: 'lat', kind: 'transliteration', language: 'en', isPrimary: true },
        { value: 'Акжанат Аминов', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
        { value: 'Ақжанат Әминов', script: 'kk', kind: 'legal', language: 'kk', isPrimary: true },
      ],
    },
    {
      key: 'protester-a',
      displayName: 'Demo Protester A',
      gender: 'male',
      birth: year('1985'),
      nationality: 'KZ',
      occupation: 'Oil worker (demo)',
      residenceRegion: MANGISTAU_REGION,
      notes: `${ILLUSTRATIVE} Convicted of mass riots, 12 years (the longest sentences reported).`,
      healthNotes:
        'Demo health note (illustrative): reported back injury after detention; family asked for an ' +
        'independent medical examination in 2012.',
      confidentiality: 'internal',
      names: [
        { value: 'Demo Protester A', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Демо Протестующий А', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'protester-b',
      displayName: 'Demo Protester B',
      gender: 'male',
      birth: year('1990'),
      nationality: 'KZ',
      occupation: 'Oil worker (demo)',
      residenceRegion: MANGISTAU_REGION,
      notes: ILLUSTRATIVE,
      confidentiality: 'internal',
      names: [
        { value: 'Demo Protester B', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Демо Протестующий Б', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'protester-c',
      displayName: 'Demo Protester C',
      gender: 'female',
      nationality: 'KZ',
      residenceRegion: MANGISTAU_REGION,
      notes: `${ILLUSTRATIVE} Birth date unknown; arrest known only as "early 2012".`,
      confidentiality: 'internal',
      names: [
        { value: 'Demo Protester C', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Демо Протестующая В', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'protester-d',
      displayName: 'Demo Protester D',
      gender: 'unknown',
      birth: month('1978-03'),
      residenceRegion: MANGISTAU_REGION,
      notes: `${ILLUSTRATIVE} Detained in December 2011, charges later dropped.`,
      confidentiality: 'internal',
      names: [
        { value: 'Demo Protester D', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Демо Протестующий Г', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'officer-1',
      displayName: 'Demo Police Officer 1',
      gender: 'male',
      nationality: 'KZ',
      occupation: 'Police officer (demo)',
      residenceRegion: MANGISTAU_REGION,
      notes: ILLUSTRATIVE_OFFICER,
      confidentiality: 'internal',
      names: [
        { value: 'Demo Police Officer 1', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Демо Полицейский 1', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'officer-2',
      displayName: 'Demo Police Officer 2',
      gender: 'male',
      nationality: 'KZ',
      occupation: 'Police officer (demo)',
      residenceRegion: MANGISTAU_REGION,
      notes: ILLUSTRATIVE_OFFICER,
      confidentiality: 'internal',
      names: [
        { value: 'Demo Police Officer 2', script: 'lat', language: 'en', isPrimary: true },
        { value: 'Демо Полицейский 2', script: 'cyrl', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'zhumalyuly',
      displayName: 'Adil Zhumalyuly',
      gender: 'male',
      nationality: 'KZ',
      occupation: 'Pensioner',
      residenceRegion: MANGISTAU_REGION,
      notes:
        'Elderly native of Aqtau, quoted by RFE/RL (December 2012) calling for an amnesty for those jailed.',
      confidentiality: 'public',
      names: [
        { value: 'Adil Zhumalyuly', script: 'lat', kind: 'transliteration', language: 'en', isPrimary: true },
        {
          value: 'Адиль Жумалыулы',
          script: 'cyrl',
          kind: 'transliteration',
          language: 'ru',
          isPrimary: true,
        },
        { value: 'Әділ Жұмалұлы', script: 'kk', kind: 'legal', language: 'kk', isPrimary: true },
      ],
    },
    {
      key: 'williamson',
      displayName: 'Hugh Williamson',
      gender: 'male',
      occupation: 'Human Rights Watch, Europe and Central Asia division',
      confidentiality: 'public',
      names: [
        { value: 'Hugh Williamson', script: 'lat', kind: 'legal', language: 'en', isPrimary: true },
        { value: 'Хью Уильямсон', script: 'cyrl', kind: 'transliteration', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'zernova',
      displayName: 'Aleksandra Zernova',
      gender: 'female',
      occupation: 'Lawyer, Solicitors International',
      confidentiality: 'public',
      names: [
        {
          value: 'Aleksandra Zernova',
          script: 'lat',
          kind: 'transliteration',
          language: 'en',
          isPrimary: true,
        },
        { value: 'Александра Зернова', script: 'cyrl', kind: 'legal', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'sindelar',
      displayName: 'Daisy Sindelar',
      gender: 'female',
      occupation: 'Journalist, RFE/RL (Prague)',
      confidentiality: 'public',
      names: [
        { value: 'Daisy Sindelar', script: 'lat', kind: 'legal', language: 'en', isPrimary: true },
        { value: 'Дэйзи Синделар', script: 'cyrl', kind: 'transliteration', language: 'ru', isPrimary: true },
      ],
    },
    {
      key: 'toiken',
      displayName: 'Sania Toiken',
      gender: 'female',
      nationality: 'KZ',
      occupation: 'Journalist, RFE/RL Kazakh Service',
      confidentiality: 'public',
      names: [
        { value: 'Sania Toiken', script: 'lat', kind: 'transliteration', language: 'en', isPrimary: true },
        { value: 'Сания Тойкен', script: 'cyrl', kind: 'transliteration', language: 'ru', isPrimary: true },
        { value: 'Сания Тойкен', script: 'kk', kind: 'legal', language: 'kk', isPrimary: true },
      ],
    },
  ],

  affiliations: [
    {
      personKey: 'kozlov',
      organisationKey: 'algha',
      role: 'leader',
      notes: 'Party leader at the time of his arrest (February 2012).',
      confidentiality: 'public',
    },
    {
      personKey: 'sapargali',
      organisationKey: 'strikers',
      role: 'representative of the striking oil workers',
      started: year('2011'),
      confidentiality: 'public',
    },
    {
      personKey: 'aminov',
      organisationKey: 'strikers',
      role: 'representative of the striking oil workers',
      started: year('2011'),
      confidentiality: 'public',
    },
    {
      personKey: 'protester-a',
      organisationKey: 'strikers',
      role: 'striker (demo)',
      started: month('2011-05'),
      ended: month('2011-12'),
      notes: 'Illustrative demo affiliation.',
      confidentiality: 'internal',
    },
    {
      personKey: 'officer-1',
      organisationKey: 'police-mangistau',
      role: 'police officer (demo)',
      notes: 'Illustrative demo affiliation.',
      confidentiality: 'internal',
    },
    {
      personKey: 'officer-2',
      organisationKey: 'police-mangistau',
      role: 'police officer (demo)',
      notes: 'Illustrative demo affiliation.',
      confidentiality: 'internal',
    },
    {
      personKey: 'williamson',
      organisationKey: 'hrw',
      role: 'Europe and Central Asia division (Central Asia)',
      confidentiality: 'public',
    },
    {
      personKey: 'zernova',
      organisationKey: 'solicitors-international',
      role: 'lawyer',
      confidentiality: 'public',
    },
    {
      personKey: 'sindelar',
      organisationKey: 'rferl',
      role: 'journalist (Prague)',
      confidentiality: 'public',
    },
    {
      personKey: 'toiken',
      organisationKey: 'rferl',
      role: 'journalist, Kazakh Service',
      confidentiality: 'public',
    },
  ],

  sources: [
    {
      key: 'rferl-report',
      kind: 'media_article',
      title: 'RFE/RL report on the Zhanaozen events one year on (December 2012)',
      citation:
        'Daisy Sindelar (Prague), with Sania Toiken (RFE/RL Kazakh Service), Radio Free Europe/Radio ' +
        'Liberty, December 2012.',
      publisherKey: 'rferl',
      published: month('2012-12'),
      author: 'Daisy Sindelar, with Sania Toiken',
      reliability: 'B',
      credibility: 'c2',
      language: 'en',
      identityConfidentiality: 'public',
      notes: 'Title paraphrased for the demo; add the original headline and URL when citing.',
      confidentiality: 'public',
    },
    {
      key: 'hrw-statement',
      kind: 'ngo_report',
      title: 'Human Rights Watch on the Zhanaozen prosecutions',
      citation: 'Hugh Williamson, Human Rights Watch, as quoted by RFE/RL, December 2012.',
      publisherKey: 'hrw',
      published: month('2012-12'),
      author: 'Hugh Williamson',
      reliability: 'B',
      credibility: 'c2',
      language: 'en',
      identityConfidentiality: 'public',
      notes:
        'The authorities failed to address claims of unnecessary force and of torture of suspects in ' +
        'detention; prosecutions targeted protesters, journalists and opposition politicians.',
      confidentiality: 'public',
    },
    {
      key: 'si-analysis',
      kind: 'ngo_report',
      title: 'Solicitors International: analysis of the trial of Vladimir Kozlov',
      citation: 'Aleksandra Zernova, Solicitors International (UK), 2012.',
      publisherKey: 'solicitors-international',
      published: year('2012'),
      author: 'Aleksandra Zernova',
      reliability: 'B',
      credibility: 'c2',
      language: 'en',
      identityConfidentiality: 'public',
      notes: 'Found no evidence that Kozlov incited the events.',
      confidentiality: 'public',
    },
    {
      key: 'witnesses-house-33',
      kind: 'interview',
      title: 'Anonymous witnesses, residents of house No. 33, third district, Zhanaozen',
      citation: 'Interview with anonymous residents (identity withheld at their request).',
      published: month('2012-12'),
      // No author, no contact: the witnesses asked to stay anonymous.
      reliability: 'F',
      credibility: 'c2',
      language: 'ru',
      identityConfidentiality: 'restricted',
      notes:
        'Residents who watched the shooting on 16 December 2011 from their building. Identity withheld; ' +
        'do not record names or contact details.',
      confidentiality: 'restricted',
    },
  ],

  events: [
    {
      key: 'strike',
      title: "Oil workers' strike in Zhanaozen and Aqtau",
      kind: 'strike',
      description:
        'Oil workers in Zhanaozen and Aqtau strike from May 2011 for higher wages and better working ' +
        'conditions; the protest grows over collective bargaining and labour rights.',
      started: month('2011-05'),
      ended: month('2011-12'),
      country: 'KZ',
      region: MANGISTAU_REGION,
      place: 'Zhanaozen; Aqtau',
      confidentiality: 'public',
      names: [
        ...ZHANAOZEN_NAMES,
        ...AQTAU_NAMES,
        { value: 'Забастовка нефтяников в Жанаозене', script: 'cyrl', kind: 'alias', language: 'ru' },
      ],
      casualties: [],
      persons: [
        {
          personKey: 'sapargali',
          role: 'participant',
          notes: 'Represented the striking oil workers.',
          confidentiality: 'public',
        },
        {
          personKey: 'aminov',
          role: 'participant',
          notes: 'Represented the striking oil workers.',
          confidentiality: 'public',
        },
        { personKey: 'protester-a', role: 'participant', notes: 'Demo record.', confidentiality: 'internal' },
      ],
      organisations: [
        { organisationKey: 'strikers', role: 'organiser' },
        { organisationKey: 'ozenmunaigas', role: 'participant', notes: 'Employer of the strikers (verify).' },
      ],
    },
    {
      key: 'clash',
      title: 'Police fire on protesters on the central square of Zhanaozen',
      kind: 'clash',
      description:
        'On Independence Day, 16 December 2011, police and riot troops (OMON) fire on unarmed protesters on ' +
        'the central square of Zhanaozen, Mangistau oblast. At least 16 people are killed.',
      started: day('2011-12-16'),
      country: 'KZ',
      region: MANGISTAU_REGION,
      place: 'Central square, Zhanaozen',
      confidentiality: 'public',
      names: [
        ...ZHANAOZEN_NAMES,
        { value: 'Zhanaozen massacre', script: 'lat', kind: 'alias', language: 'en' },
        { value: 'Жанаозенские события', script: 'cyrl', kind: 'alias', language: 'ru' },
        { value: 'Жаңаөзен оқиғасы', script: 'kk', kind: 'alias', language: 'kk' },
        { value: 'Маңғыстау', script: 'kk', kind: 'alias', language: 'kk' },
        { value: 'Мангистауская область', script: 'cyrl', kind: 'alias', language: 'ru' },
      ],
      casualties: [
        {
          kind: 'killed',
          count: 16,
          qualifier: 'at_least',
          sourceKey: 'rferl-report',
          reported: month('2012-12'),
          notes: '"At least 16 people are killed."',
          confidentiality: 'public',
        },
        {
          kind: 'detained',
          count: 31,
          qualifier: 'at_least',
          sourceKey: 'rferl-report',
          reported: month('2012-12'),
          notes:
            'Reported as "more than 30 people jailed", according to local residents (stored as at least 31).',
          confidentiality: 'public',
        },
      ],
      persons: [
        { personKey: 'protester-a', role: 'participant', notes: 'Demo record.', confidentiality: 'internal' },
        { personKey: 'protester-b', role: 'participant', notes: 'Demo record.', confidentiality: 'internal' },
        { personKey: 'protester-c', role: 'participant', notes: 'Demo record.', confidentiality: 'internal' },
        { personKey: 'protester-d', role: 'participant', notes: 'Demo record.', confidentiality: 'internal' },
        {
          personKey: 'officer-1',
          role: 'alleged_perpetrator',
          notes: 'Demo record: charged with opening fire and looting.',
          confidentiality: 'internal',
        },
        {
          personKey: 'officer-2',
          role: 'alleged_perpetrator',
          notes: 'Demo record: charged with opening fire and looting.',
          confidentiality: 'internal',
        },
      ],
      organisations: [
        { organisationKey: 'omon', role: 'alleged_perpetrator', notes: 'Riot troops fired on protesters.' },
        { organisationKey: 'police-mangistau', role: 'alleged_perpetrator' },
      ],
    },
    {
      key: 'nazarbaev-visit',
      title: 'President Nazarbaev visits Zhanaozen and dismisses officials',
      kind: 'other',
      description:
        'After the clashes President Nursultan Nazarbaev visits Zhanaozen and dismisses local officials, ' +
        'including the head (akim) of Mangistau oblast, and managers of the oil companies at the heart ' +
        'of the strikes.',
      started: month('2011-12'),
      country: 'KZ',
      region: MANGISTAU_REGION,
      place: 'Zhanaozen',
      confidentiality: 'public',
      names: [
        ...ZHANAOZEN_NAMES,
        { value: 'Визит Назарбаева в Жанаозен', script: 'cyrl', kind: 'alias', language: 'ru' },
      ],
      casualties: [],
      persons: [],
      organisations: [
        {
          organisationKey: 'ozenmunaigas',
          role: 'participant',
          notes: 'Managers of the oil companies dismissed (verify which companies).',
        },
      ],
    },
    {
      key: 'commemoration-ban',
      title: 'Ban on Independence Day commemorations in Zhanaozen',
      kind: 'ban',
      description:
        'December 2012: the authorities prohibit Independence Day commemorations in Zhanaozen; gatherings ' +
        'are scheduled in other Kazakh cities and in Bishkek, Kyiv, Moscow and Berlin.',
      started: month('2012-12'),
      country: 'KZ',
      region: MANGISTAU_REGION,
      place: 'Zhanaozen',
      confidentiality: 'public',
      names: [...ZHANAOZEN_NAMES],
      casualties: [],
      persons: [],
      organisations: [],
    },
    ...(
      [
        ['golos', 'Golos respubliki', 'newspaper', 'Закрытие газеты «Голос республики»'],
        ['vzglyad', 'Vzglyad', 'newspaper', 'Закрытие газеты «Взгляд»'],
        ['kplus', 'K+', 'television network', 'Закрытие телеканала «К+»'],
        ['stantv', 'Stan.TV', 'television network', 'Закрытие «Стан ТВ»'],
      ] as const
    ).map(
      ([key, name, what, ru]): DemoEvent => ({
        key: `closure-${key}`,
        title: `Closure of ${name}`,
        kind: 'closure',
        description:
          `Late 2012: the independent ${what} ${name}, which covered the Zhanaozen events, is shut down or ` +
          'targeted for closure. (Exact date not in the demo source: recorded with year precision.)',
        started: year('2012'),
        country: 'KZ',
        confidentiality: 'public',
        names: [{ value: ru, script: 'cyrl', kind: 'alias', language: 'ru' }],
        casualties: [],
        persons: [],
        organisations: [
          { organisationKey: key, role: 'victim', notes: 'Outlet shut down or targeted for closure.' },
        ],
      }),
    ),
    {
      key: 'labour-law',
      title: 'Draft legislation tightening labour regulation',
      kind: 'other',
      description:
        'New draft legislation tightens labour regulation, making it harder to join trade unions and to ' +
        'bargain collectively (reported December 2012).',
      started: year('2012'),
      country: 'KZ',
      confidentiality: 'public',
      names: [{ value: 'Законопроект о профсоюзах', script: 'cyrl', kind: 'alias', language: 'ru' }],
      casualties: [],
      persons: [],
      organisations: [],
    },
  ],

  provisionCode: 'Criminal Code of the Republic of Kazakhstan (1997)',
  provisions: [
    {
      key: '164-3',
      article: '164',
      part: '3',
      titleEn: 'Incitement of social, national, tribal, racial or religious hatred',
      titleRu: 'Возбуждение социальной, национальной, родовой, расовой или религиозной вражды',
      titleKk: 'Әлеуметтік, ұлттық, рулық, нәсілдік немесе діни араздықты қоздыру',
      category: 'incitement',
    },
    {
      key: '170',
      article: '170',
      part: '',
      titleEn: 'Calls for the violent overthrow or change of the constitutional order',
      titleRu: 'Призывы к насильственному свержению или изменению конституционного строя',
      titleKk: 'Конституциялық құрылысты күшпен құлатуға немесе өзгертуге шақыру',
      category: 'calls_to_overthrow',
    },
    {
      key: '235',
      article: '235',
      part: '',
      titleEn:
        'Creation and leadership of an organised group or criminal association, or participation in it',
      titleRu:
        'Создание и руководство организованной группой или преступным сообществом, а равно участие в них',
      titleKk: 'Ұйымдасқан топты немесе қылмыстық қоғамдастықты құру және оған басшылық ету, оларға қатысу',
      category: 'organised_group',
    },
    {
      key: '241',
      article: '241',
      part: '',
      titleEn: 'Mass riots',
      titleRu: 'Массовые беспорядки',
      titleKk: 'Жаппай тәртіпсіздіктер',
      category: 'mass_riots',
    },
    {
      key: '175',
      article: '175',
      part: '',
      titleEn: 'Theft (charged as looting)',
      titleRu: 'Кража',
      titleKk: 'Ұрлық',
      category: 'looting',
    },
    {
      key: '308',
      article: '308',
      part: '',
      titleEn: 'Exceeding authority or official powers (use of force)',
      titleRu: 'Превышение власти или должностных полномочий',
      titleKk: 'Билікті немесе лауазымдық өкілеттіктерді асыра пайдалану',
      category: 'use_of_force',
    },
  ],

  cases: [
    {
      key: 'kozlov-case',
      caseNumber: 'DEMO-2012-001',
      title: 'Kozlov, Sapargali and Aminov (Zhanaozen "incitement" trial)',
      country: 'KZ',
      region: MANGISTAU_REGION,
      courtKey: 'aktau-court',
      stage: 'appeal',
      summary:
        'Vladimir Kozlov, leader of the opposition party Algha!, was arrested in February 2012 for an ' +
        'alleged role in the Zhanaozen events and charged with inciting social hatred (classed as ' +
        '"extremism" under Kazakh law), calls to overthrow the government and leading a criminal group. ' +
        'Tried with Serik Sapargali and Akzhanat Aminov, who had represented the striking oil workers. ' +
        'The trial ended in October 2012: Kozlov 7 years 6 months; Sapargali and Aminov probation. ' +
        'Appeal rejected; a UN WGAD communication is planned. Case number is a demo placeholder.',
      opened: month('2012-02'),
      confidentiality: 'public',
      eventKeys: ['strike', 'clash'],
      participants: [
        { personKey: 'kozlov', role: 'defendant', confidentiality: 'public' },
        { personKey: 'sapargali', role: 'defendant', confidentiality: 'public' },
        { personKey: 'aminov', role: 'defendant', confidentiality: 'public' },
        {
          personKey: 'zernova',
          role: 'observer',
          notes: 'Analysed the trial for Solicitors International.',
          confidentiality: 'public',
        },
      ],
      charges: [
        {
          personKey: 'kozlov',
          provisionKey: '164-3',
          filed: month('2012-02'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'public',
        },
        {
          personKey: 'kozlov',
          provisionKey: '170',
          filed: month('2012-02'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'public',
        },
        {
          personKey: 'kozlov',
          provisionKey: '235',
          filed: month('2012-02'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'public',
        },
        {
          personKey: 'sapargali',
          provisionKey: '164-3',
          filed: year('2012'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'public',
        },
        {
          personKey: 'aminov',
          provisionKey: '164-3',
          filed: year('2012'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'public',
        },
      ],
      detentionPeriods: [
        {
          personKey: 'kozlov',
          facilityKey: 'sizo-aktau',
          kind: 'pretrial_detention',
          started: month('2012-02'),
          ended: month('2012-10'),
          confidentiality: 'internal',
        },
        {
          personKey: 'kozlov',
          facilityKey: 'colony',
          kind: 'prison_colony',
          started: month('2012-12'),
          conditions: 'Serving the sentence; facility is a demo placeholder.',
          confidentiality: 'internal',
        },
        {
          personKey: 'sapargali',
          facilityKey: 'sizo-aktau',
          kind: 'pretrial_detention',
          started: year('2012'),
          ended: month('2012-10'),
          conditions: 'Start date not in the demo source (year precision).',
          confidentiality: 'internal',
        },
        {
          personKey: 'aminov',
          facilityKey: 'sizo-aktau',
          kind: 'pretrial_detention',
          started: year('2012'),
          ended: month('2012-10'),
          conditions: 'Start date not in the demo source (year precision).',
          confidentiality: 'internal',
        },
      ],
      hearings: [
        {
          courtKey: 'aktau-court',
          kind: 'trial_session',
          held: month('2012-08'),
          isPublic: true,
          outcome: 'Trial of Kozlov, Sapargali and Aminov opens.',
          confidentiality: 'public',
        },
        {
          courtKey: 'aktau-court',
          kind: 'trial_session',
          held: month('2012-09'),
          isPublic: true,
          observersPresent: true,
          outcome: 'Prosecution evidence and witnesses heard.',
          confidentiality: 'public',
        },
        {
          courtKey: 'aktau-court',
          kind: 'trial_session',
          held: month('2012-09'),
          isPublic: true,
          outcome: 'Closing arguments.',
          confidentiality: 'public',
        },
        {
          courtKey: 'aktau-court',
          kind: 'verdict',
          held: month('2012-10'),
          isPublic: true,
          outcome:
            'Kozlov sentenced to 7 years 6 months; Sapargali and Aminov sentenced to probation and released.',
          confidentiality: 'public',
        },
        {
          courtKey: 'mangistau-court',
          kind: 'appeal_hearing',
          held: month('2012-11'),
          outcome: "Kozlov's appeal rejected; verdict upheld.",
          confidentiality: 'public',
        },
      ],
      sentences: [
        {
          key: 'kozlov-sentence',
          personKey: 'kozlov',
          courtKey: 'aktau-court',
          verdict: month('2012-10'),
          outcome: 'Convicted on all counts',
          kind: 'imprisonment',
          termYears: 7,
          termMonths: 6,
          regime: 'general',
          started: month('2012-02'),
          notes:
            'Term counted from the arrest in February 2012. Regime as recorded for the demo; verify against the verdict.',
          confidentiality: 'public',
        },
        {
          key: 'sapargali-sentence',
          personKey: 'sapargali',
          courtKey: 'aktau-court',
          verdict: month('2012-10'),
          outcome: 'Convicted',
          kind: 'probation',
          termYears: 4,
          started: month('2012-10'),
          actualRelease: month('2012-10'),
          notes: 'Released after the verdict. Length of probation as commonly reported; verify.',
          confidentiality: 'public',
        },
        {
          key: 'aminov-sentence',
          personKey: 'aminov',
          courtKey: 'aktau-court',
          verdict: month('2012-10'),
          outcome: 'Convicted',
          kind: 'probation',
          termYears: 5,
          started: month('2012-10'),
          actualRelease: month('2012-10'),
          notes: 'Released after the verdict. Length of probation as commonly reported; verify.',
          confidentiality: 'public',
        },
      ],
      appeals: [
        {
          personKey: 'kozlov',
          sentenceKey: 'kozlov-sentence',
          level: 'appeal',
          bodyKey: 'mangistau-court',
          filed: month('2012-10'),
          status: 'rejected',
          decision: month('2012-11'),
          resultingChange: 'None: verdict and sentence upheld.',
          confidentiality: 'public',
        },
        {
          personKey: 'kozlov',
          sentenceKey: 'kozlov-sentence',
          level: 'un_wgad',
          bodyKey: 'un-wgad',
          deadlineDaysAfterLoad: 45,
          status: 'planned',
          notes:
            'Individual communication to the UN Working Group on Arbitrary Detention in preparation. The ' +
            'deadline is an internal target date (demo: set 45 days after the demo data was loaded).',
          confidentiality: 'internal',
        },
      ],
    },
    {
      key: 'protesters-case',
      caseNumber: 'DEMO-2012-002',
      title: 'Zhanaozen protesters (mass riots case)',
      country: 'KZ',
      region: MANGISTAU_REGION,
      courtKey: 'aktau-court',
      stage: 'verdict',
      summary:
        'Protesters prosecuted for mass riots after the 16 December 2011 shooting; some sentenced to up to ' +
        '12 years. More than 30 people jailed according to local residents. The defendants below are ' +
        'illustrative demo records, not real people. Case number is a demo placeholder.',
      opened: month('2011-12'),
      confidentiality: 'internal',
      eventKeys: ['clash'],
      participants: [
        { personKey: 'protester-a', role: 'defendant', confidentiality: 'internal' },
        { personKey: 'protester-b', role: 'defendant', confidentiality: 'internal' },
        { personKey: 'protester-c', role: 'defendant', confidentiality: 'internal' },
        { personKey: 'protester-d', role: 'defendant', confidentiality: 'internal' },
      ],
      charges: [
        {
          personKey: 'protester-a',
          provisionKey: '241',
          filed: month('2011-12'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-a',
          provisionKey: '235',
          filed: year('2012'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-b',
          provisionKey: '241',
          filed: month('2011-12'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-c',
          provisionKey: '241',
          filed: year('2012'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-c',
          provisionKey: '175',
          filed: year('2012'),
          status: 'convicted',
          notes: DEMO_ARTICLE,
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-d',
          provisionKey: '241',
          filed: month('2011-12'),
          status: 'dropped',
          notes: DEMO_ARTICLE,
          confidentiality: 'internal',
        },
      ],
      detentionPeriods: [
        {
          personKey: 'protester-a',
          facilityKey: 'sizo-aktau',
          kind: 'pretrial_detention',
          started: month('2011-12'),
          ended: month('2012-06'),
          illTreatmentAlleged: true,
          illTreatmentNotes:
            'Demo (illustrative): alleges beatings during interrogation in December 2011; no medical ' +
            'examination recorded.',
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-a',
          facilityKey: 'colony',
          kind: 'prison_colony',
          started: year('2012'),
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-b',
          facilityKey: 'sizo-aktau',
          kind: 'pretrial_detention',
          started: month('2011-12'),
          ended: month('2012-06'),
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-b',
          facilityKey: 'colony',
          kind: 'prison_colony',
          started: year('2012'),
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-c',
          kind: 'pretrial_detention',
          started: year('2012'),
          ended: month('2012-06'),
          conditions: 'Facility unknown.',
          confidentiality: 'internal',
        },
        {
          personKey: 'protester-d',
          kind: 'temporary_detention',
          started: month('2011-12'),
          ended: year('2012'),
          conditions: 'Facility unknown; released when the charge was dropped.',
          confidentiality: 'internal',
        },
      ],
      hearings: [
        {
          courtKey: 'aktau-court',
          kind: 'trial_session',
          held: month('2012-03'),
          outcome: 'Trial of the protesters opens (demo date).',
          confidentiality: 'internal',
        },
        {
          courtKey: 'aktau-court',
          kind: 'verdict',
          held: month('2012-06'),
          outcome: 'Protesters convicted of mass riots; sentences of up to 12 years (demo date).',
          confidentiality: 'internal',
        },
      ],
      sentences: [
        {
          key: 'protester-a-sentence',
          personKey: 'protester-a',
          courtKey: 'aktau-court',
          verdict: month('2012-06'),
          outcome: 'Convicted',
          kind: 'imprisonment',
          termYears: 12,
          regime: 'strict',
          started: month('2011-12'),
          notes: 'Illustrative demo sentence (the longest reported, 12 years).',
          confidentiality: 'internal',
        },
        {
          key: 'protester-b-sentence',
          personKey: 'protester-b',
          courtKey: 'aktau-court',
          verdict: month('2012-06'),
          outcome: 'Convicted',
          kind: 'imprisonment',
          termYears: 7,
          regime: 'general',
          started: month('2011-12'),
          notes: 'Illustrative demo sentence.',
          confidentiality: 'internal',
        },
        {
          key: 'protester-c-sentence',
          personKey: 'protester-c',
          courtKey: 'aktau-court',
          verdict: month('2012-06'),
          outcome: 'Convicted',
          kind: 'restricted_freedom',
          termYears: 3,
          started: month('2012-06'),
          actualRelease: month('2012-06'),
          notes: 'Illustrative demo sentence.',
          confidentiality: 'internal',
        },
      ],
      appeals: [],
    },
    {
      key: 'police-case',
      caseNumber: 'DEMO-2012-003',
      title: 'Police officers charged over the Zhanaozen shooting',
      country: 'KZ',
      region: MANGISTAU_REGION,
      courtKey: 'aktau-court',
      stage: 'trial',
      summary:
        'A handful of police officers were arrested and charged with looting and with opening fire on ' +
        'protesters on 16 December 2011. They are defendants, not victims. The two defendants below are ' +
        'illustrative demo records. Outcome not covered by the demo source. Case number is a demo placeholder.',
      opened: year('2012'),
      confidentiality: 'internal',
      eventKeys: ['clash'],
      participants: [
        { personKey: 'officer-1', role: 'defendant', confidentiality: 'internal' },
        { personKey: 'officer-2', role: 'defendant', confidentiality: 'internal' },
      ],
      charges: [
        {
          personKey: 'officer-1',
          provisionKey: '308',
          filed: year('2012'),
          status: 'pending',
          notes: `Opening fire on protesters. ${DEMO_ARTICLE}`,
          confidentiality: 'internal',
        },
        {
          personKey: 'officer-1',
          provisionKey: '175',
          filed: year('2012'),
          status: 'pending',
          notes: `Looting. ${DEMO_ARTICLE}`,
          confidentiality: 'internal',
        },
        {
          personKey: 'officer-2',
          provisionKey: '308',
          filed: year('2012'),
          status: 'pending',
          notes: `Opening fire on protesters. ${DEMO_ARTICLE}`,
          confidentiality: 'internal',
        },
      ],
      detentionPeriods: [
        {
          personKey: 'officer-1',
          kind: 'pretrial_detention',
          started: year('2012'),
          conditions: 'Demo record; facility and end date unknown.',
          confidentiality: 'internal',
        },
      ],
      hearings: [
        {
          courtKey: 'aktau-court',
          kind: 'preliminary',
          held: year('2012'),
          outcome: 'Demo: case sent to trial.',
          confidentiality: 'internal',
        },
      ],
      sentences: [],
      appeals: [],
    },
  ],

  caseUpdates: [
    // Kozlov case
    {
      personKey: 'kozlov',
      caseKey: 'kozlov-case',
      fact: month('2012-02'),
      kind: 'arrest',
      title: 'Vladimir Kozlov arrested',
      body: 'Vladimir Kozlov, leader of the opposition party Algha!, is arrested for an alleged role in the Zhanaozen events.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      personKey: 'kozlov',
      caseKey: 'kozlov-case',
      fact: month('2012-02'),
      kind: 'charge',
      title: 'Charged with inciting social hatred',
      body:
        'Kozlov is charged with inciting social hatred; Kazakh law also classes incitement and calls for the ' +
        'violent overthrow of the government as "extremism".',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      caseKey: 'kozlov-case',
      fact: month('2012-08'),
      kind: 'hearing',
      title: 'Trial opens in Aktau',
      body: 'The trial of Vladimir Kozlov, Serik Sapargali and Akzhanat Aminov opens.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'si-analysis' }],
    },
    {
      personKey: 'kozlov',
      caseKey: 'kozlov-case',
      fact: month('2012-10'),
      kind: 'verdict',
      title: 'Kozlov sentenced to 7 years 6 months',
      body: 'The trial ends; Vladimir Kozlov is sentenced to 7 years and 6 months in prison.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      personKey: 'kozlov',
      caseKey: 'kozlov-case',
      fact: year('2012'),
      kind: 'statement',
      title: 'Solicitors International: no evidence of incitement',
      body: 'Solicitors International (lawyer Aleksandra Zernova) analysed the trial and found no evidence that Kozlov incited the events.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'si-analysis' }, { sourceKey: 'rferl-report' }],
    },
    {
      personKey: 'kozlov',
      caseKey: 'kozlov-case',
      fact: month('2012-11'),
      kind: 'appeal',
      title: 'Appeal rejected',
      body: "The appeal court rejects Kozlov's appeal and upholds the sentence.",
      confidentiality: 'internal',
      sources: [],
    },
    {
      personKey: 'kozlov',
      caseKey: 'kozlov-case',
      fact: month('2012-12'),
      kind: 'transfer',
      title: 'Transferred to a penal colony',
      body: 'Kozlov is transferred from pretrial detention to a penal colony to serve his sentence (demo: facility and date approximate).',
      confidentiality: 'internal',
      sources: [],
    },
    {
      personKey: 'sapargali',
      caseKey: 'kozlov-case',
      fact: month('2012-10'),
      kind: 'verdict',
      title: 'Serik Sapargali sentenced to probation',
      body: 'Serik Sapargali, who had represented the striking oil workers, is sentenced to probation.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      personKey: 'sapargali',
      caseKey: 'kozlov-case',
      fact: month('2012-10'),
      kind: 'release',
      title: 'Serik Sapargali released',
      body: 'Released after the verdict.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      personKey: 'aminov',
      caseKey: 'kozlov-case',
      fact: month('2012-10'),
      kind: 'verdict',
      title: 'Akzhanat Aminov sentenced to probation',
      body: 'Akzhanat Aminov, who had represented the striking oil workers, is sentenced to probation.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      personKey: 'aminov',
      caseKey: 'kozlov-case',
      fact: month('2012-10'),
      kind: 'release',
      title: 'Akzhanat Aminov released',
      body: 'Released after the verdict.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    // Protesters' case
    {
      caseKey: 'protesters-case',
      fact: day('2011-12-16'),
      kind: 'statement',
      title: 'Residents of house No. 33 describe the shooting',
      body:
        'Residents of house No. 33 in the third district, who watched from their building, say police fired ' +
        'on unarmed protesters on the central square. They asked not to be named.',
      confidentiality: 'restricted',
      sources: [{ sourceKey: 'witnesses-house-33', locator: 'interview notes' }],
    },
    {
      personKey: 'protester-a',
      caseKey: 'protesters-case',
      fact: month('2011-12'),
      kind: 'arrest',
      title: 'Arrested after the clashes (demo)',
      body: 'Illustrative demo record: detained in December 2011 after the clashes in Zhanaozen; exact day unknown.',
      confidentiality: 'internal',
      sources: [],
    },
    {
      personKey: 'protester-a',
      fact: year('2012'),
      kind: 'health',
      title: 'Health concern (demo)',
      body: 'Illustrative demo record: family reports a back injury and asks for an independent medical examination.',
      confidentiality: 'restricted',
      sources: [],
    },
    {
      personKey: 'protester-d',
      caseKey: 'protesters-case',
      fact: year('2012'),
      kind: 'release',
      title: 'Released, charge dropped (demo)',
      body: 'Illustrative demo record: released in 2012 after the mass-riots charge was dropped.',
      confidentiality: 'internal',
      sources: [],
    },
    {
      caseKey: 'protesters-case',
      fact: month('2012-06'),
      kind: 'verdict',
      title: 'Protesters sentenced to up to 12 years',
      body:
        'Protesters are convicted in connection with the events, some with sentences of up to 12 years; more ' +
        'than 30 people were jailed according to local residents. (Verdict month is a demo value.)',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      caseKey: 'protesters-case',
      fact: month('2012-12'),
      kind: 'statement',
      title: 'Human Rights Watch: claims of force and torture not addressed',
      body:
        'Hugh Williamson (Human Rights Watch) says the authorities failed to address claims of unnecessary ' +
        'force and of torture of suspects in detention, and that prosecutions targeted protesters, ' +
        'journalists and opposition politicians.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'hrw-statement' }, { sourceKey: 'rferl-report' }],
    },
    {
      caseKey: 'protesters-case',
      fact: month('2012-12'),
      kind: 'statement',
      title: 'Call for an amnesty',
      body: 'Adil Zhumalyuly, an elderly native of Aqtau, calls for an amnesty for those jailed.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    // Police officers' case
    {
      caseKey: 'police-case',
      fact: year('2012'),
      kind: 'charge',
      title: 'Police officers charged with looting and opening fire',
      body: 'A handful of police officers are arrested and charged with looting and with opening fire on protesters.',
      confidentiality: 'public',
      sources: [{ sourceKey: 'rferl-report' }],
    },
    {
      personKey: 'officer-1',
      caseKey: 'police-case',
      fact: year('2012'),
      kind: 'arrest',
      title: 'Arrested (demo)',
      body: 'Illustrative demo record: police officer arrested in 2012 in connection with the shooting.',
      confidentiality: 'internal',
      sources: [],
    },
  ],
};
