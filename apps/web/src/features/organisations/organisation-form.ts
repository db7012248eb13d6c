import {
  type CreateOrganisationInput,
  CreateOrganisationInputSchema,
  type Organisation,
} from '@habeas/shared';
import type { z } from 'zod';

/** The form holds the shared create input (before parsing): the same schema validates it. */
export type OrganisationFormValues = z.input<typeof CreateOrganisationInputSchema>;

export const OrganisationFormSchema = CreateOrganisationInputSchema;

/** A record as form values (and as the key space the conflict dialog compares). */
export function organisationToInput(o: Organisation): CreateOrganisationInput {
  return {
    name: o.name,
    type: o.type,
    country: o.country,
    region: o.region,
    notes: o.notes,
    parentId: o.parent?.id ?? null,
    confidentiality: o.confidentiality,
    names: o.names.map(({ value, script, kind, language, isPrimary }) => ({
      value,
      script,
      kind,
      language,
      isPrimary,
    })),
  };
}

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  name: '',
  // No type until one is chosen: the shared schema then says it is required.
  type: undefined as unknown as OrganisationFormValues['type'],
  country: null,
  region: null,
  notes: null,
  parentId: null,
  confidentiality: 'internal',
  names: [],
};
