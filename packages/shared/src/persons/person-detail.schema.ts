import { z } from 'zod';
import { ConfidentialitySchema, RecordPermissionsSchema } from '../auth';
import { CaseRoleSchema, CaseStageSchema, CaseUpdatePreviewSchema } from '../cases';
import { ImpreciseDateSchema } from '../dates';
import { EventParticipantRoleSchema } from '../events';
import { AppealSchema, ChargeSchema, SentenceSchema } from '../proceedings';
import { AffiliationSchema } from './affiliation.schema';
import { DetentionPeriodSchema } from './detention-period.schema';
import { PersonSchema } from './person.schema';
import { PersonStatusBasisSchema, PersonStatusSchema } from './person-status';

/**
 * Everything a case worker needs on one screen about a person. Nested records are only those the
 * user may see; a linked record the user may not see (a restricted case, court or organisation)
 * appears as null. Charges, sentences and appeals have the shapes of the proceedings module (as on
 * the case page), so the web app shows them with the same components.
 */

const CaseRefSchema = z.object({ id: z.uuid(), title: z.string(), caseNumber: z.string().nullable() });

export const PersonCaseLinkSchema = z.object({
  participantId: z.uuid(),
  case: CaseRefSchema.extend({ stage: CaseStageSchema }),
  role: CaseRoleSchema,
  confidentiality: ConfidentialitySchema,
});
export type PersonCaseLink = z.infer<typeof PersonCaseLinkSchema>;

export const PersonEventLinkSchema = z.object({
  linkId: z.uuid(),
  event: z.object({ id: z.uuid(), title: z.string(), startedOn: ImpreciseDateSchema.nullable() }),
  role: EventParticipantRoleSchema,
  confidentiality: ConfidentialitySchema,
});
export type PersonEventLink = z.infer<typeof PersonEventLinkSchema>;

/** The same shapes as on the case page, plus the case each record belongs to (null when not visible). */
export const PersonChargeSchema = ChargeSchema.extend({ case: CaseRefSchema.nullable() });
export type PersonCharge = z.infer<typeof PersonChargeSchema>;

export const PersonSentenceSchema = SentenceSchema.extend({
  case: CaseRefSchema.nullable(),
  /** A later sentence (after appeal, pardon, amnesty) replaces this one: it no longer counts for the status. */
  superseded: z.boolean(),
});
export type PersonSentence = z.infer<typeof PersonSentenceSchema>;

export const PersonAppealSchema = AppealSchema.extend({ case: CaseRefSchema.nullable() });
export type PersonAppeal = z.infer<typeof PersonAppealSchema>;

export const PersonCaseUpdateSchema = CaseUpdatePreviewSchema.extend({
  confidentiality: ConfidentialitySchema,
  /** Null when the update is about the person only. */
  case: CaseRefSchema.nullable(),
});
export type PersonCaseUpdate = z.infer<typeof PersonCaseUpdateSchema>;

export const PersonDetailSchema = PersonSchema.extend({
  ...RecordPermissionsSchema.shape,
  /** DERIVED on `statusAsOf` (today): see derivePersonStatus. */
  status: PersonStatusSchema,
  statusBasis: PersonStatusBasisSchema,
  statusAsOf: z.iso.date(),
  /**
   * The person's photo: one of their image attachments (download it from /attachments/{id}/download).
   * Null when none is set, or when the reader may not see that attachment.
   */
  photoAttachmentId: z.uuid().nullable(),
  affiliations: z.array(AffiliationSchema),
  detentionPeriods: z.array(DetentionPeriodSchema),
  cases: z.array(PersonCaseLinkSchema),
  events: z.array(PersonEventLinkSchema),
  charges: z.array(PersonChargeSchema),
  sentences: z.array(PersonSentenceSchema),
  appeals: z.array(PersonAppealSchema),
  /** The 10 latest updates about the person or about a case they are in (by date of the fact). */
  latestUpdates: z.array(PersonCaseUpdateSchema),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

/** GET /persons/:id/status: the derived status on a given day. */
export const PersonStatusAnswerSchema = z.object({
  personId: z.uuid(),
  on: z.iso.date(),
  status: PersonStatusSchema,
  basis: PersonStatusBasisSchema,
});
export type PersonStatusAnswer = z.infer<typeof PersonStatusAnswerSchema>;
