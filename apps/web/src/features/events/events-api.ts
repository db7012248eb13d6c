import {
  type AddEventCasualtyInput,
  type CreateEventInput,
  type EventCasualty,
  EventCasualtySchema,
  type EventDetail,
  EventDetailSchema,
  type EventListQuery,
  type EventOrganisationLink,
  EventOrganisationLinkSchema,
  EventPageSchema,
  type EventPersonLink,
  EventPersonLinkSchema,
  type EventSummary,
  EventSummarySchema,
  type LinkEventOrganisationInput,
  type LinkEventPersonInput,
  type Page,
  type UpdateEventInput,
} from '@habeas/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { EntityOption } from '../forms/EntityPicker';

/** Events over HTTP; answers parsed with the shared schemas. */

/** The list query as the URL holds it: `from` / `to` are typed text ("2011", "12.2011"). */
export type EventListParams = Partial<Omit<EventListQuery, 'includeDeleted' | 'from' | 'to'>> & {
  includeDeleted?: 'true' | 'false';
  from?: string;
  to?: string;
};

export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (params: EventListParams) => [...eventKeys.lists(), params] as const,
  detail: (id: string) => [...eventKeys.all, 'detail', id] as const,
  picker: () => [...eventKeys.all, 'picker'] as const,
  option: (id: string | undefined) => [...eventKeys.all, 'option', id] as const,
};

export async function listEvents(params: EventListParams, signal?: AbortSignal): Promise<Page<EventSummary>> {
  const { data } = await client.GET('/api/events', { params: { query: params }, signal });
  return EventPageSchema.parse(data);
}

export async function getEvent(id: string, signal?: AbortSignal): Promise<EventDetail> {
  const { data } = await client.GET('/api/events/{id}', { params: { path: { id } }, signal });
  return EventDetailSchema.parse(data);
}

export async function createEvent(input: CreateEventInput): Promise<EventSummary> {
  const { data } = await client.POST('/api/events', { body: input });
  return EventSummarySchema.parse(data);
}

export async function updateEvent(id: string, input: UpdateEventInput): Promise<EventSummary> {
  const { data } = await client.PATCH('/api/events/{id}', { params: { path: { id } }, body: input });
  return EventSummarySchema.parse(data);
}

export async function deleteEvent(id: string, version: number): Promise<void> {
  await client.DELETE('/api/events/{id}', { params: { path: { id }, query: { version } } });
}

export async function restoreEvent(id: string, version: number): Promise<EventSummary> {
  const { data } = await client.POST('/api/events/{id}/restore', {
    params: { path: { id } },
    body: { version },
  });
  return EventSummarySchema.parse(data);
}

export async function addCasualty(eventId: string, input: AddEventCasualtyInput): Promise<EventCasualty> {
  const { data } = await client.POST('/api/events/{id}/casualties', {
    params: { path: { id: eventId } },
    body: input,
  });
  return EventCasualtySchema.parse(data);
}

export async function removeCasualty(id: string, version: number): Promise<void> {
  await client.DELETE('/api/event-casualties/{id}', { params: { path: { id }, query: { version } } });
}

export async function linkPerson(eventId: string, input: LinkEventPersonInput): Promise<EventPersonLink> {
  const { data } = await client.POST('/api/events/{id}/persons', {
    params: { path: { id: eventId } },
    body: input,
  });
  return EventPersonLinkSchema.parse(data);
}

export async function unlinkPerson(id: string): Promise<void> {
  await client.DELETE('/api/event-persons/{id}', { params: { path: { id } } });
}

export async function linkOrganisation(
  eventId: string,
  input: LinkEventOrganisationInput,
): Promise<EventOrganisationLink> {
  const { data } = await client.POST('/api/events/{id}/organisations', {
    params: { path: { id: eventId } },
    body: input,
  });
  return EventOrganisationLinkSchema.parse(data);
}

export async function unlinkOrganisation(id: string): Promise<void> {
  await client.DELETE('/api/event-organisations/{id}', { params: { path: { id } } });
}

/** For pickers (the events a case arises from): the first 20 matches in any script. */
export async function searchEventOptions(
  q: string,
  signal: AbortSignal,
  describe: (event: EventSummary) => string,
): Promise<EntityOption[]> {
  const page = await listEvents({ ...(q ? { q } : {}), pageSize: 20 }, signal);
  return page.items.map((e) => ({ id: e.id, label: e.title, description: describe(e) }));
}

export function useEventList(params: EventListParams) {
  return useQuery({
    queryKey: eventKeys.list(params),
    queryFn: ({ signal }) => listEvents(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: eventKeys.detail(id),
    queryFn: ({ signal }) => getEvent(id, signal),
  });
}

/** The title of an event whose id is in the URL (a list filter), for the picker showing it. */
export function useEventOption(id: string | undefined) {
  return useQuery({
    queryKey: eventKeys.option(id),
    queryFn: async ({ signal }): Promise<EntityOption> => {
      const e = await getEvent(id as string, signal);
      return { id: e.id, label: e.title };
    },
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}
