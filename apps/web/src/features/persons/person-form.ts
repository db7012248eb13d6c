import { type CreatePersonInput, CreatePersonInputSchema, type Person } from '@habeas/shared';
import type { z } from 'zod';

/** The form holds the shared create input (before parsing): the same schema validates it. */
export type PersonFormValues = z.input<typeof CreatePersonInputSchema>;

export const PersonFormSchema = CreatePersonInputSchema;

/**
 * A record as form values (and as the key space the conflict dialog compares). Health notes and
 * the address are left out when the API omitted them (the reader may not see them): the form then
 * neither shows nor sends them.
 */
export function personToInput(p: Person): CreatePersonInput {
  return {
    displayName: p.displayName,
    names: p.names.map(({ value, script, kind, language, isPrimary }) => ({
      value,
      script,
      kind,
      language,
      isPrimary,
    })),
    gender: p.gender,
    birthDate: p.birthDate,
    nationality: p.nationality,
    ethnicity: p.ethnicity,
    occupation: p.occupation,
    residenceRegion: p.residenceRegion,
    notes: p.notes,
    ...(p.healthNotes !== undefined ? { healthNotes: p.healthNotes } : {}),
    ...(p.address !== undefined ? { address: p.address } : {}),
    statusOverride: p.statusOverride,
    statusOverrideOn: p.statusOverrideOn,
    confidentiality: p.confidentiality,
  };
}

/** A new person; `sensitive` when the user may write (and read back) health notes and address. */
export function emptyPerson(sensitive: boolean): PersonFormValues {
  return {
    displayName: '',
    names: [],
    gender: 'unknown',
    birthDate: null,
    nationality: null,
    ethnicity: null,
    occupation: null,
    residenceRegion: null,
    notes: null,
    ...(sensitive ? { healthNotes: null, address: null } : {}),
    statusOverride: null,
    statusOverrideOn: null,
    confidentiality: 'internal',
  };
}
