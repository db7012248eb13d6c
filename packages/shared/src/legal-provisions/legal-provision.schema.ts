import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ListTextQuerySchema, RecordMetaSchema, SortOrderSchema, shortText } from '../domain';

/** Matches the database enum provision_category. */
export const ProvisionCategorySchema = z.enum([
  'extremism',
  'incitement',
  'mass_riots',
  'calls_to_overthrow',
  'organised_group',
  'looting',
  'use_of_force',
  'abuse_of_office',
  'other',
]);
export type ProvisionCategory = z.infer<typeof ProvisionCategorySchema>;

/** A title in one language (the service stores '' as null). */
const title = z.string().trim().max(1000).nullable().optional();

const legalProvisionFields = {
  /** e.g. "Criminal Code of the Republic of Kazakhstan (1997)". */
  code: shortText(300),
  /** Article number as written: "164", "174-1". */
  article: shortText(50),
  /** Part / paragraph; '' (the default) when the article has no parts. */
  part: z.string().trim().max(50).default(''),
  titleEn: title,
  titleRu: title,
  titleKk: title,
  category: ProvisionCategorySchema.default('other'),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateLegalProvisionInputSchema = z.strictObject(legalProvisionFields);
export type CreateLegalProvisionInput = z.infer<typeof CreateLegalProvisionInputSchema>;

/** A partial update naming the version it read (defaults do not apply: absent fields stay unchanged). */
export const UpdateLegalProvisionInputSchema = z.strictObject({
  code: legalProvisionFields.code.optional(),
  article: legalProvisionFields.article.optional(),
  part: z.string().trim().max(50).optional(),
  titleEn: title,
  titleRu: title,
  titleKk: title,
  category: ProvisionCategorySchema.optional(),
  confidentiality: ConfidentialitySchema.optional(),
  version: VersionSchema,
});
export type UpdateLegalProvisionInput = z.infer<typeof UpdateLegalProvisionInputSchema>;

export const LegalProvisionSchema = RecordMetaSchema.extend({
  code: z.string(),
  article: z.string(),
  part: z.string(),
  titleEn: z.string().nullable(),
  titleRu: z.string().nullable(),
  titleKk: z.string().nullable(),
  category: ProvisionCategorySchema,
  /** formatProvision(code, article, part): the label every screen and export shows. */
  label: z.string(),
});
export type LegalProvision = z.infer<typeof LegalProvisionSchema>;

/** How a provision appears inside other records (a charge, a person's page). */
export const LegalProvisionRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  article: z.string(),
  part: z.string(),
  category: ProvisionCategorySchema,
  titleEn: z.string().nullable(),
  titleRu: z.string().nullable(),
  titleKk: z.string().nullable(),
  label: z.string(),
});
export type LegalProvisionRef = z.infer<typeof LegalProvisionRefSchema>;

export const LegalProvisionListQuerySchema = PageQuerySchema.extend({
  /** Matches code, article, part and the three titles, in any script ("массовые", "massovye", "164"). */
  q: ListTextQuerySchema,
  category: ProvisionCategorySchema.optional(),
  sort: z.enum(['code', 'article', 'category', 'createdAt', 'updatedAt']).default('code'),
  order: SortOrderSchema,
});
export type LegalProvisionListQuery = z.infer<typeof LegalProvisionListQuerySchema>;

export const LegalProvisionPageSchema = pageOf(LegalProvisionSchema);
