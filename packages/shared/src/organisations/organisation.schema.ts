import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import {
  CountryCodeSchema,
  ListTextQuerySchema,
  longText,
  NameVariantInputSchema,
  NameVariantSchema,
  RecordMetaSchema,
  SortOrderSchema,
  shortText,
} from '../domain';

export const OrganisationTypeSchema = z.enum([
  'party',
  'trade_union',
  'media',
  'ngo',
  'company',
  'court',
  'police',
  'prosecutor',
  'prison',
  'detention_centre',
  'state_body',
  'other',
]);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

const organisationFields = {
  name: shortText(300),
  type: OrganisationTypeSchema,
  country: CountryCodeSchema,
  region: z.string().trim().max(200).nullable().optional(),
  notes: longText().nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
  /** Replaces all name variants when given. */
  names: z.array(NameVariantInputSchema).max(50).optional(),
};

export const CreateOrganisationInputSchema = z.strictObject(organisationFields);
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationInputSchema>;

/** A partial update naming the version it read. */
export const UpdateOrganisationInputSchema = CreateOrganisationInputSchema.partial().extend({
  version: VersionSchema,
});
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationInputSchema>;

export const OrganisationSchema = RecordMetaSchema.extend({
  name: z.string(),
  type: OrganisationTypeSchema,
  country: z.string().nullable(),
  region: z.string().nullable(),
  notes: z.string().nullable(),
  parent: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  names: z.array(NameVariantSchema),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationListQuerySchema = PageQuerySchema.extend({
  q: ListTextQuerySchema,
  type: OrganisationTypeSchema.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.string().max(200).optional(),
  sort: z.enum(['name', 'type', 'createdAt', 'updatedAt']).default('name'),
  order: SortOrderSchema,
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuerySchema>;

export const OrganisationPageSchema = pageOf(OrganisationSchema);
