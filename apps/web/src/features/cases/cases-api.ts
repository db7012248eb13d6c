import {
  type AddCaseParticipantInput,
  type CaseAssignments,
  CaseAssignmentsSchema,
  type CaseDetail,
  CaseDetailSchema,
  type CaseEventLink,
  CaseEventLinkSchema,
  type CaseListQuery,
  type CaseParticipant,
  CaseParticipantSchema,
  type Charge,
  ChargeSchema,
  type CreateCaseInput,
  type CreateChargeInput,
  type CreateHearingInput,
  type CreateSentenceInput,
  type Hearing,
  HearingSchema,
  type LegalCase,
  LegalCasePageSchema,
  LegalCaseSchema,
  type Page,
  type Sentence,
  SentenceSchema,
  type UpdateCaseInput,
  type UpdateChargeInput,
  type UpdateHearingInput,
  type UpdateSentenceInput,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

/** Cases and the records of their proceedings over HTTP; answers parsed with the shared schemas. */

type Bool = 'true' | 'false';

export type CaseListParams = Partial<
  Omit<CaseListQuery, 'includeDeleted' | 'assignedToMe' | 'hasPendingAppeal'>
> & {
  includeDeleted?: Bool;
  assignedToMe?: Bool;
  hasPendingAppeal?: Bool;
};

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (params: CaseListParams) => [...caseKeys.lists(), params] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  picker: () => [...caseKeys.all, 'picker'] as const,
};

export async function listCases(params: CaseListParams, signal?: AbortSignal): Promise<Page<LegalCase>> {
  const { data } = await client.GET('/api/cases', { params: { query: params }, signal });
  return LegalCasePageSchema.parse(data);
}

export async function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  const { data } = await client.GET('/api/cases/{id}', { params: { path: { id } }, signal });
  return CaseDetailSchema.parse(data);
}

export async function createCase(input: CreateCaseInput): Promise<LegalCase> {
  const { data } = await client.POST('/api/cases', { body: input });
  return LegalCaseSchema.parse(data);
}

export async function updateCase(id: string, input: UpdateCaseInput): Promise<LegalCase> {
  const { data } = await client.PATCH('/api/cases/{id}', { params: { path: { id } }, body: input });
  return LegalCaseSchema.parse(data);
}

export async function deleteCase(id: string, version: number): Promise<void> {
  await client.DELETE('/api/cases/{id}', { params: { path: { id }, query: { version } } });
}

export async function restoreCase(id: string, version: number): Promise<LegalCase> {
  const { data } = await client.POST('/api/cases/{id}/restore', {
    params: { path: { id } },
    body: { version },
  });
  return LegalCaseSchema.parse(data);
}

export async function addParticipant(
  caseId: string,
  input: AddCaseParticipantInput,
): Promise<CaseParticipant> {
  const { data } = await client.POST('/api/cases/{id}/participants', {
    params: { path: { id: caseId } },
    body: input,
  });
  return CaseParticipantSchema.parse(data);
}

export async function removeParticipant(id: string): Promise<void> {
  await client.DELETE('/api/case-participants/{id}', { params: { path: { id } } });
}

export async function setAssignments(caseId: string, userIds: string[]): Promise<CaseAssignments> {
  const { data } = await client.PUT('/api/cases/{id}/assignments', {
    params: { path: { id: caseId } },
    body: { userIds },
  });
  return CaseAssignmentsSchema.parse(data);
}

export async function linkEvent(caseId: string, eventId: string): Promise<CaseEventLink> {
  const { data } = await client.POST('/api/cases/{id}/events', {
    params: { path: { id: caseId } },
    body: { eventId },
  });
  return CaseEventLinkSchema.parse(data);
}

export async function unlinkEvent(linkId: string): Promise<void> {
  await client.DELETE('/api/case-events/{id}', { params: { path: { id: linkId } } });
}

export async function createCharge(caseId: string, input: CreateChargeInput): Promise<Charge> {
  const { data } = await client.POST('/api/cases/{id}/charges', {
    params: { path: { id: caseId } },
    body: input,
  });
  return ChargeSchema.parse(data);
}

export async function updateCharge(id: string, input: UpdateChargeInput): Promise<Charge> {
  const { data } = await client.PATCH('/api/charges/{id}', { params: { path: { id } }, body: input });
  return ChargeSchema.parse(data);
}

export async function deleteCharge(id: string, version: number): Promise<void> {
  await client.DELETE('/api/charges/{id}', { params: { path: { id }, query: { version } } });
}

export async function createHearing(caseId: string, input: CreateHearingInput): Promise<Hearing> {
  const { data } = await client.POST('/api/cases/{id}/hearings', {
    params: { path: { id: caseId } },
    // The generated type says `isPublic: boolean[]` (a nullable boolean mistranslated): the shared schema is the contract.
    body: input as never,
  });
  return HearingSchema.parse(data);
}

export async function updateHearing(id: string, input: UpdateHearingInput): Promise<Hearing> {
  const { data } = await client.PATCH('/api/hearings/{id}', {
    params: { path: { id } },
    body: input as never,
  });
  return HearingSchema.parse(data);
}

export async function deleteHearing(id: string, version: number): Promise<void> {
  await client.DELETE('/api/hearings/{id}', { params: { path: { id }, query: { version } } });
}

export async function createSentence(caseId: string, input: CreateSentenceInput): Promise<Sentence> {
  const { data } = await client.POST('/api/cases/{id}/sentences', {
    params: { path: { id: caseId } },
    body: input,
  });
  return SentenceSchema.parse(data);
}

export async function updateSentence(id: string, input: UpdateSentenceInput): Promise<Sentence> {
  const { data } = await client.PATCH('/api/sentences/{id}', { params: { path: { id } }, body: input });
  return SentenceSchema.parse(data);
}

export async function deleteSentence(id: string, version: number): Promise<void> {
  await client.DELETE('/api/sentences/{id}', { params: { path: { id }, query: { version } } });
}

export function useCaseList(params: CaseListParams) {
  return useQuery({
    queryKey: caseKeys.list(params),
    queryFn: ({ signal }) => listCases(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => getCase(id, signal),
  });
}
