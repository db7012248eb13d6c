import { type CreateCaseInput, CreateCaseInputSchema, type LegalCase } from '@habeas/shared';
import type { z } from 'zod';

/** The form holds the shared create input (before parsing): the same schema validates it. */
export type CaseFormValues = z.input<typeof CreateCaseInputSchema>;

export const CaseFormSchema = CreateCaseInputSchema;

/** A case as form values (and as the key space the conflict dialog compares). */
export function caseToInput(c: LegalCase): CreateCaseInput {
  return {
    caseNumber: c.caseNumber,
    title: c.title,
    country: c.country,
    region: c.region,
    courtId: c.court?.id ?? null,
    stage: c.stage,
    summary: c.summary,
    openedOn: c.openedOn,
    confidentiality: c.confidentiality,
  };
}

export const EMPTY_CASE: CaseFormValues = {
  caseNumber: null,
  title: '',
  country: 'KZ',
  region: null,
  courtId: null,
  stage: 'investigation',
  summary: null,
  openedOn: null,
  confidentiality: 'internal',
  eventIds: [],
};
