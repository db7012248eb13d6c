import {
  type CreateLegalProvisionInput,
  CreateLegalProvisionInputSchema,
  type LegalProvision,
} from '@habeas/shared';
import type { z } from 'zod';

/** The form holds the shared create input (before parsing): the same schema validates it. */
export type ProvisionFormValues = z.input<typeof CreateLegalProvisionInputSchema>;

export const ProvisionFormSchema = CreateLegalProvisionInputSchema;

/** A record as form values (and as the key space the conflict dialog compares). */
export function provisionToInput(p: LegalProvision): CreateLegalProvisionInput {
  return {
    code: p.code,
    article: p.article,
    part: p.part,
    titleEn: p.titleEn,
    titleRu: p.titleRu,
    titleKk: p.titleKk,
    category: p.category,
    confidentiality: p.confidentiality,
  };
}

export const EMPTY_PROVISION: ProvisionFormValues = {
  code: '',
  article: '',
  part: '',
  titleEn: null,
  titleRu: null,
  titleKk: null,
  category: 'other',
  // Statutes are public law: the API's default too.
  confidentiality: 'public',
};
