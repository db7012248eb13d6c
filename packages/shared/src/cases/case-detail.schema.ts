import { z } from 'zod';
import { RecordPermissionsSchema } from '../auth';
import { ImpreciseDateSchema } from '../dates';
import {
  AppealSchema,
  CasePersonRefSchema,
  ChargeSchema,
  HearingSchema,
  SentenceSchema,
} from '../proceedings';
import { LegalCaseSchema } from './case.schema';
import { CaseEventLinkSchema, CaseParticipantSchema, CaseStaffMemberSchema } from './case-links.schema';

const participants = z.array(CaseParticipantSchema);

/** Matches the database enum case_update_kind (kept local: the case-updates module owns the full schema). */
const caseUpdateKind = z.enum([
  'arrest',
  'charge',
  'hearing',
  'verdict',
  'appeal',
  'transfer',
  'health',
  'release',
  'statement',
  'other',
]);

/** A timeline entry as previewed on the case page. */
export const CaseUpdatePreviewSchema = z.object({
  id: z.uuid(),
  factOn: ImpreciseDateSchema,
  kind: caseUpdateKind,
  title: z.string().nullable(),
  /** The first characters of the text. */
  excerpt: z.string(),
  author: z.object({ id: z.uuid(), name: z.string() }),
});
export type CaseUpdatePreview = z.infer<typeof CaseUpdatePreviewSchema>;

/**
 * Everything the case page shows, in one answer. Every nested record is one the reader may
 * see; derived values (next hearing, expected end of each sentence, days to each appeal
 * deadline) are computed at the time of the request.
 */
export const CaseDetailSchema = LegalCaseSchema.extend({
  ...RecordPermissionsSchema.shape,
  participantsByRole: z.object({
    defendant: participants,
    lawyer: participants,
    judge: participants,
    prosecutor: participants,
    witness: participants,
    victim: participants,
    observer: participants,
  }),
  assignedStaff: z.array(CaseStaffMemberSchema),
  events: z.array(CaseEventLinkSchema),
  /** One entry per defendant (also those not charged yet), charges oldest first. */
  chargesByDefendant: z.array(z.object({ person: CasePersonRefSchema, charges: z.array(ChargeSchema) })),
  /** Chronological; undated hearings last. */
  hearings: z.array(HearingSchema),
  /** DERIVED: the first hearing scheduled from now on. */
  nextHearing: HearingSchema.nullable(),
  sentences: z.array(SentenceSchema),
  appeals: z.array(AppealSchema),
  /** The most recent timeline entries (newest fact first). */
  latestUpdates: z.array(CaseUpdatePreviewSchema),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
