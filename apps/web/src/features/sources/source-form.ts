import { type CreateSourceInput, CreateSourceInputSchema, type Source } from '@habeas/shared';
import type { z } from 'zod';

export type SourceFormValues = z.input<typeof CreateSourceInputSchema>;

export const SourceFormSchema = CreateSourceInputSchema;

/**
 * A source as form values. `author` and `contact` are left out when the reader may not see them
 * (absent from the answer): the form never sends them back, so a hidden identity stays untouched.
 */
export function sourceToInput(s: Source): CreateSourceInput {
  return {
    kind: s.kind,
    title: s.title,
    citation: s.citation,
    url: s.url,
    publisherId: s.publisher?.id ?? null,
    publishedOn: s.publishedOn,
    ...(s.author !== undefined ? { author: s.author } : {}),
    reliability: s.reliability,
    credibility: s.credibility,
    language: s.language,
    identityConfidentiality: s.identityConfidentiality,
    ...(s.contact !== undefined ? { contact: s.contact } : {}),
    notes: s.notes,
    confidentiality: s.confidentiality,
  };
}

export const EMPTY_SOURCE: SourceFormValues = {
  kind: undefined as unknown as SourceFormValues['kind'],
  title: '',
  citation: null,
  url: null,
  publisherId: null,
  publishedOn: null,
  author: null,
  reliability: null,
  credibility: null,
  language: null,
  identityConfidentiality: 'internal',
  contact: null,
  notes: null,
  confidentiality: 'internal',
};
