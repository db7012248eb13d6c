import { type CreateEventInput, CreateEventInputSchema, type EventSummary } from '@habeas/shared';
import type { z } from 'zod';

/** The form holds the shared create input (before parsing): the same schema validates it. */
export type EventFormValues = z.input<typeof CreateEventInputSchema>;

export const EventFormSchema = CreateEventInputSchema;

/** An event as form values (and as the key space the conflict dialog compares). */
export function eventToInput(e: EventSummary): CreateEventInput {
  return {
    title: e.title,
    kind: e.kind,
    description: e.description,
    startedOn: e.startedOn,
    endedOn: e.endedOn,
    country: e.country,
    region: e.region,
    place: e.place,
    confidentiality: e.confidentiality,
    names: e.names.map(({ value, script, kind, language, isPrimary }) => ({
      value,
      script,
      kind,
      language,
      isPrimary,
    })),
  };
}

export const EMPTY_EVENT: EventFormValues = {
  title: '',
  kind: undefined as unknown as EventFormValues['kind'],
  description: null,
  startedOn: null,
  endedOn: null,
  country: 'KZ',
  region: null,
  place: null,
  confidentiality: 'internal',
  names: [],
};
