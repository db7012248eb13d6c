import {
  type Affiliation,
  AffiliationSchema,
  AuditEntryPageSchema,
  type CreateAffiliationInput,
  type CreateDetentionPeriodInput,
  type CreatePersonInput,
  type DetentionPeriod,
  DetentionPeriodSchema,
  EventPageSchema,
  EventSummarySchema,
  type ImpreciseDate,
  type LegalProvision,
  LegalProvisionPageSchema,
  LegalProvisionSchema,
  type Page,
  type PersonDetail,
  PersonDetailSchema,
  type PersonListItem,
  type PersonListQuery,
  PersonPageSchema,
  type PersonStatusAnswer,
  PersonStatusAnswerSchema,
  type UpdateAffiliationInput,
  type UpdateDetentionPeriodInput,
  type UpdatePersonInput,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { EntityOption } from '../forms/EntityPicker';

/**
 * Persons over HTTP, with their affiliations and detention periods. Answers are parsed with the
 * shared schemas (the contract); request bodies are the shared inputs.
 */

/** What the list page sends: the shared query with booleans and numbers as their URL strings. */
export type PersonListParams = Partial<
  Omit<PersonListQuery, 'includeDeleted' | 'hasPendingAppeal' | 'sentenceMinMonths' | 'sentenceMaxMonths'>
> & {
  includeDeleted?: 'true' | 'false';
  hasPendingAppeal?: 'true' | 'false';
  sentenceMinMonths?: string;
  sentenceMaxMonths?: string;
};

export const personKeys = {
  all: ['persons'] as const,
  lists: () => [...personKeys.all, 'list'] as const,
  list: (params: PersonListParams) => [...personKeys.lists(), params] as const,
  detail: (id: string) => [...personKeys.all, 'detail', id] as const,
  status: (id: string, on: string | null) => [...personKeys.all, 'status', id, on] as const,
  audit: (id: string, page: number) => [...personKeys.all, 'audit', id, page] as const,
  picker: () => [...personKeys.all, 'picker'] as const,
};

export async function listPersons(
  params: PersonListParams,
  signal?: AbortSignal,
): Promise<Page<PersonListItem>> {
  const { sentenceMinMonths, sentenceMaxMonths, ...rest } = params;
  const query = {
    ...rest,
    ...(sentenceMinMonths !== undefined && { sentenceMinMonths: Number(sentenceMinMonths) }),
    ...(sentenceMaxMonths !== undefined && { sentenceMaxMonths: Number(sentenceMaxMonths) }),
  };
  const { data } = await client.GET('/api/persons', { params: { query }, signal });
  return PersonPageSchema.parse(data);
}

export async function getPerson(id: string, signal?: AbortSignal): Promise<PersonDetail> {
  const { data } = await client.GET('/api/persons/{id}', { params: { path: { id } }, signal });
  return PersonDetailSchema.parse(data);
}

/** The derived status on a day ('YYYY-MM-DD'); today when `on` is null. */
export async function getPersonStatus(
  id: string,
  on: string | null,
  signal?: AbortSignal,
): Promise<PersonStatusAnswer> {
  const { data } = await client.GET('/api/persons/{id}/status', {
    params: { path: { id }, query: on ? { on } : {} },
    signal,
  });
  return PersonStatusAnswerSchema.parse(data);
}

export async function createPerson(input: CreatePersonInput): Promise<PersonDetail> {
  const { data } = await client.POST('/api/persons', { body: input });
  return PersonDetailSchema.parse(data);
}

export async function updatePerson(id: string, input: UpdatePersonInput): Promise<PersonDetail> {
  const { data } = await client.PATCH('/api/persons/{id}', { params: { path: { id } }, body: input });
  return PersonDetailSchema.parse(data);
}

export async function deletePerson(id: string, version: number): Promise<void> {
  await client.DELETE('/api/persons/{id}', { params: { path: { id }, query: { version } } });
}

export async function restorePerson(id: string, version: number): Promise<PersonDetail> {
  const { data } = await client.POST('/api/persons/{id}/restore', {
    params: { path: { id } },
    body: { version },
  });
  return PersonDetailSchema.parse(data);
}

export async function addAffiliation(personId: string, input: CreateAffiliationInput): Promise<Affiliation> {
  const { data } = await client.POST('/api/persons/{id}/affiliations', {
    params: { path: { id: personId } },
    body: input,
  });
  return AffiliationSchema.parse(data);
}

export async function updateAffiliation(id: string, input: UpdateAffiliationInput): Promise<Affiliation> {
  const { data } = await client.PATCH('/api/affiliations/{id}', { params: { path: { id } }, body: input });
  return AffiliationSchema.parse(data);
}

export async function deleteAffiliation(id: string, version: number): Promise<void> {
  await client.DELETE('/api/affiliations/{id}', { params: { path: { id }, query: { version } } });
}

export async function addDetentionPeriod(
  personId: string,
  input: CreateDetentionPeriodInput,
): Promise<DetentionPeriod> {
  const { data } = await client.POST('/api/persons/{id}/detention-periods', {
    params: { path: { id: personId } },
    body: input,
  });
  return DetentionPeriodSchema.parse(data);
}

export async function updateDetentionPeriod(
  id: string,
  input: UpdateDetentionPeriodInput,
): Promise<DetentionPeriod> {
  const { data } = await client.PATCH('/api/detention-periods/{id}', {
    params: { path: { id } },
    body: input,
  });
  return DetentionPeriodSchema.parse(data);
}

export async function deleteDetentionPeriod(id: string, version: number): Promise<void> {
  await client.DELETE('/api/detention-periods/{id}', { params: { path: { id }, query: { version } } });
}

/** The changes to one person record, newest first (readers of the audit trail only). */
export async function listPersonAudit(personId: string, page: number, signal?: AbortSignal) {
  const { data } = await client.GET('/api/audit-entries', {
    params: { query: { entityType: 'Person', entityId: personId, page, pageSize: 10 } },
    signal,
  });
  return AuditEntryPageSchema.parse(data);
}

/**
 * The PDF dossier (GET /api/persons/:id/dossier.pdf, operation downloadPersonDossier), in the
 * interface language. A plain link: the session cookie authenticates it and the browser saves it.
 */
export function personDossierUrl(id: string, lang: 'en' | 'ru' | 'kk'): string {
  return `/api/persons/${encodeURIComponent(id)}/dossier.pdf?lang=${lang}`;
}

/** For pickers (a judge, an appellant, a case update's subject): the first 20 matches in any script. */
export async function searchPersonOptions(q: string, signal: AbortSignal): Promise<EntityOption[]> {
  const page = await listPersons(
    { ...(q ? { q } : {}), pageSize: 20, sort: 'displayName', order: 'asc' },
    signal,
  );
  return page.items.map((p) => ({
    id: p.id,
    label: p.displayName,
    description: p.names
      .map((n) => n.value)
      .filter((v) => v !== p.displayName)
      .slice(0, 2)
      .join(' · '),
  }));
}

// --- Look-ups for the list filters (legal provision, event) --------------------------------------

export const filterKeys = {
  provisionPicker: ['legal-provisions', 'picker'] as const,
  provision: (id: string) => ['legal-provisions', 'detail', id] as const,
  eventPicker: ['events', 'picker'] as const,
  event: (id: string) => ['events', 'detail', id] as const,
};

/** "Criminal Code of the Republic of Kazakhstan (1997), art. 272 part 2" with its title in the language. */
export function provisionOption(p: LegalProvision, title: string | null): EntityOption {
  return { id: p.id, label: p.label, ...(title ? { description: title } : {}) };
}

export async function searchLegalProvisions(q: string, signal: AbortSignal): Promise<LegalProvision[]> {
  const { data } = await client.GET('/api/legal-provisions', {
    params: { query: { ...(q ? { q } : {}), pageSize: 20, sort: 'code', order: 'asc' } },
    signal,
  });
  return LegalProvisionPageSchema.parse(data).items;
}

export async function getLegalProvision(id: string, signal?: AbortSignal): Promise<LegalProvision> {
  const { data } = await client.GET('/api/legal-provisions/{id}', { params: { path: { id } }, signal });
  return LegalProvisionSchema.parse(data);
}

export async function searchEventOptions(
  q: string,
  signal: AbortSignal,
  describe: (startedOn: ImpreciseDate | null) => string,
): Promise<EntityOption[]> {
  const { data } = await client.GET('/api/events', {
    params: { query: { ...(q ? { q } : {}), pageSize: 20, sort: 'startedOn', order: 'desc' } },
    signal,
  });
  return EventPageSchema.parse(data).items.map((e) => ({
    id: e.id,
    label: e.title,
    description: [describe(e.startedOn), e.place ?? e.region].filter(Boolean).join(' · '),
  }));
}

export async function getEventOption(id: string, signal?: AbortSignal): Promise<EntityOption> {
  const { data } = await client.GET('/api/events/{id}', { params: { path: { id } }, signal });
  const event = EventSummarySchema.parse(data);
  return { id: event.id, label: event.title };
}

// --- Hooks ---------------------------------------------------------------------------------------

export function usePersonList(params: PersonListParams) {
  return useQuery({
    queryKey: personKeys.list(params),
    queryFn: ({ signal }) => listPersons(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: personKeys.detail(id),
    queryFn: ({ signal }) => getPerson(id, signal),
  });
}

/** The status on another day than today; disabled until a day is chosen. */
export function usePersonStatusOn(id: string, on: string | null) {
  return useQuery({
    queryKey: personKeys.status(id, on),
    queryFn: ({ signal }) => getPersonStatus(id, on, signal),
    enabled: on !== null,
  });
}

export function usePersonAudit(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: personKeys.audit(id, page),
    queryFn: ({ signal }) => listPersonAudit(id, page, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
